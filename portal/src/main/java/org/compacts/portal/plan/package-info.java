/**
 * The workspace pages of a compact's action plans: the plans with how their actions
 * stand, a plan's actions filtered by status or overdue, an action with its links to
 * principles and codes and its history of updates, and the forms that create and change
 * plans and actions and record progress. Members read them; editors change them. Every
 * rule (SMART, overdue, what a status needs) is compact-service's: the pages send what
 * was typed as the visitor, with the version it was read at, and show its refusals.
 */
@NullMarked
package org.compacts.portal.plan;

import org.jspecify.annotations.NullMarked;

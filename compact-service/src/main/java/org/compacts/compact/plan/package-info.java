/**
 * A compact's local action plans: per period, the actions that put its principles and
 * codes of practice to work (SMART, with an owner, dates and links to the items by their
 * stable id), and each action's dated updates, a history never rewritten. A plan is read
 * by the compact's members, and by anyone when it is public; nothing here is synced.
 */
@NullMarked
package org.compacts.compact.plan;

import org.jspecify.annotations.NullMarked;

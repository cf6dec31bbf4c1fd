/**
 * A compact's local action plans: per period, the actions that put its principles and
 * codes of practice to work (SMART, with an owner, dates and links to the items by their
 * stable id), and each action's dated updates, a history never rewritten. A plan is read
 * by the compact's members, by the members of the county it follows when shared with the
 * county, and by anyone when it is public ({@code federation.Readers}); nothing here is
 * synced. {@link org.compacts.compact.plan.PlanRollup} counts what the county sees.
 */
@NullMarked
package org.compacts.compact.plan;

import org.jspecify.annotations.NullMarked;

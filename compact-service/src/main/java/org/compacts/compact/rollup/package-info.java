/**
 * A county's roll-up, read only: for each compact that follows it, what the compact
 * shares with the county (plans and indicators of visibility {@code COUNTY} or
 * {@code PUBLIC}), counted in that compact's tenant in turn, each in a read-only
 * transaction of its own under its row-level security; and, per item of the county's own,
 * how many of those actions put each follower's copy of it to work. The tenants it reads
 * are named explicitly: the county's followers, as {@code federation} last heard them.
 */
@NullMarked
package org.compacts.compact.rollup;

import org.jspecify.annotations.NullMarked;

/**
 * A compact's meetings: when and where, who came and who sent apologies, the agenda and
 * the minutes of each item, and the actions arising, each of which becomes an action of
 * the compact's plan ({@code plan.ActionsArising}). The minutes go draft, circulated (an
 * event, {@link org.compacts.compact.meeting.MinutesCirculated}), approved at a later
 * meeting, and only then may be published. Members read every meeting; anyone else the
 * published ones.
 */
@NullMarked
package org.compacts.compact.meeting;

import org.jspecify.annotations.NullMarked;

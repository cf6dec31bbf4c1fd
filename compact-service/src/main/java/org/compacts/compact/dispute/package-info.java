/**
 * A compact's disputes log: a breach of the compact raised between parties, the
 * principles and codes it concerns, and its stages from raising it with the other party
 * to the ombudsman, then resolved or withdrawn; each stage dated, with who moved it and
 * its deadline in working days (set per compact), in a history never rewritten. Read by
 * the compact's members only, never rolled up; a resolved dispute's agreed, anonymised
 * summary may be published. {@link org.compacts.compact.dispute.OverdueDisputes} answers
 * the reminders; {@link org.compacts.compact.dispute.DisputeStageChanged} tells of each
 * move.
 */
@NullMarked
package org.compacts.compact.dispute;

import org.jspecify.annotations.NullMarked;

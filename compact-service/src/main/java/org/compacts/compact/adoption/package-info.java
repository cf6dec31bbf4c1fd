/**
 * A district's copies of the shared items it takes from upstream (its county, or national
 * through it): applying the {@code ApplyCommand}s sync-service sends, inside the
 * district's tenant and idempotently by source, item and version; a fast-forward where
 * the district has not amended its copy, a three-way merge
 * ({@link org.compacts.compact.versioning.ThreeWayMerge}) where it has, a conflict its
 * editors resolve where both changed the same field; and an {@code ApplyOutcome} back for
 * every command and every resolution, raised in the transaction that applied and sent by
 * the outbox after it commits.
 */
@NullMarked
package org.compacts.compact.adoption;

import org.jspecify.annotations.NullMarked;

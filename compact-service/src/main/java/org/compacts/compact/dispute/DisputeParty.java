package org.compacts.compact.dispute;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A party to a dispute: an organisation of the signatory register, by id, or one named as
 * typed (a body that never signed); one of the two, never both.
 */
@Embeddable
record DisputeParty(@Nullable UUID organisationId, @Nullable @Column(name = "name") String name) {
}

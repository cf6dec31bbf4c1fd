package org.compacts.compact.success;

import java.util.UUID;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * An organisation in a success: one of the compact's signatory register, by id, or one
 * named (a partner that never signed); one or the other.
 */
@Embeddable
record Party(@Nullable UUID organisationId, @Nullable String name) {

}

package org.compacts.compact.dispute;

import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.compacts.compact.item.ItemKind;

/**
 * A principle or code of practice a dispute concerns, by the stable id of the shared item
 * (its own or an adopted copy): the link holds through the item's new versions.
 */
@Embeddable
record DisputeLink(UUID itemId, @Enumerated(EnumType.STRING) ItemKind kind) {
}

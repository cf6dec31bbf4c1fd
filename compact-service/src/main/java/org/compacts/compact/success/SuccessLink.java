package org.compacts.compact.success;

import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.compacts.compact.item.ItemKind;

/**
 * A principle or code of practice a success shows, by the stable id of the shared item:
 * the link holds through the item's new versions.
 */
@Embeddable
record SuccessLink(UUID itemId, @Enumerated(EnumType.STRING) ItemKind kind) {
}

package org.compacts.compact.plan;

import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.compacts.compact.item.ItemKind;

/**
 * A principle or code of practice an action puts to work, by the stable id of the shared
 * item: the link holds through the item's new versions.
 */
@Embeddable
record ActionLink(UUID itemId, @Enumerated(EnumType.STRING) ItemKind kind) {
}

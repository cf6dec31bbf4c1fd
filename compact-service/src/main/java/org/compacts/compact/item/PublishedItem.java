package org.compacts.compact.item;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.compacts.compact.tenancy.TenantOwned;
import org.compacts.compact.versioning.ItemVersion;
import org.compacts.compact.versioning.Mode;
import org.hibernate.annotations.ColumnTransformer;

/**
 * The public read model of one item: the version in force, as the public reads it (ADR
 * 17). Its id is the item's. Kept in step by {@link SharedItems} in the transaction that
 * publishes or retires, so it never lags a publication's answer; a retired item has none.
 */
@Entity
@Table(name = "published_item")
class PublishedItem extends TenantOwned {

	@Enumerated(EnumType.STRING)
	private ItemKind kind;

	private int number;

	@Enumerated(EnumType.STRING)
	private Mode mode;

	// jsonb, written as text and cast there, as item_version.content
	@ColumnTransformer(write = "?::jsonb")
	private String content;

	protected PublishedItem() {
	}

	PublishedItem(UUID itemId, ItemKind kind, ItemVersion version, String content) {
		super(itemId);
		this.kind = kind;
		show(version, content);
	}

	int number() {
		return number;
	}

	void show(ItemVersion version, String content) {
		this.number = version.number();
		this.mode = version.mode();
		this.content = content;
	}

}

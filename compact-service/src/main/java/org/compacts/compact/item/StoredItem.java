package org.compacts.compact.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.compacts.compact.tenancy.TenantOwned;
import org.compacts.compact.versioning.ItemHistory;
import org.compacts.compact.versioning.ItemVersion;

/** The row of one shared item, and its versions as written. */
@Entity
@Table(name = "shared_item")
class StoredItem extends TenantOwned {

	@Enumerated(EnumType.STRING)
	private ItemKind kind;

	private int position;

	private int latestNumber;

	private Instant createdAt;

	@Version
	private long rowVersion;

	@OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
	@OrderBy("number")
	private List<StoredVersion> versions = new ArrayList<>();

	protected StoredItem() {
	}

	StoredItem(ItemKind kind, int position, ItemHistory history, ContentJson json) {
		super(UUID.randomUUID());
		this.kind = kind;
		this.position = position;
		this.createdAt = history.latest().createdAt();
		record(history.versions(), json);
	}

	ItemHistory history(ContentJson json) {
		return new ItemHistory(versions.stream().map(version -> version.toDomain(kind, json)).toList());
	}

	/**
	 * Writes what an operation changed: a new version is added, a version that moved
	 * gains the status changes it does not have yet. Nothing else is ever rewritten, so
	 * the history stays as it happened.
	 */
	void record(List<ItemVersion> changed, ContentJson json) {
		for (ItemVersion version : changed) {
			if (version.number() <= versions.size()) {
				versions.get(version.number() - 1).catchUp(version);
			}
			else {
				versions.add(new StoredVersion(this, version, json.write(version.content())));
			}
		}
		latestNumber = versions.size();
	}

	ItemKind kind() {
		return kind;
	}

	int position() {
		return position;
	}

	void moveTo(int position) {
		this.position = position;
	}

}

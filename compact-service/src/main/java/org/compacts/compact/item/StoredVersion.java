package org.compacts.compact.item;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.compacts.compact.tenancy.TenantOwned;
import org.compacts.compact.versioning.ItemStatus;
import org.compacts.compact.versioning.ItemVersion;
import org.compacts.compact.versioning.Mode;
import org.compacts.compact.versioning.StatusChange;
import org.hibernate.annotations.ColumnTransformer;

/** One version as written: its content never changes; it only gains status changes. */
@Entity
@Table(name = "item_version")
class StoredVersion extends TenantOwned {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "item_id")
	private StoredItem item;

	private int number;

	@Enumerated(EnumType.STRING)
	private Mode mode;

	// jsonb, so the content can be queried in the database; written as text and cast
	// there.
	@ColumnTransformer(write = "?::jsonb")
	@Column(updatable = false)
	private String content;

	@Enumerated(EnumType.STRING)
	private ItemStatus status;

	@OneToMany(mappedBy = "version", cascade = CascadeType.ALL)
	@OrderBy("seq")
	private List<StoredStatusChange> statusChanges = new ArrayList<>();

	protected StoredVersion() {
	}

	StoredVersion(StoredItem item, ItemVersion version, String content) {
		super(UUID.randomUUID());
		this.item = item;
		this.number = version.number();
		this.mode = version.mode();
		this.content = content;
		catchUp(version);
	}

	void catchUp(ItemVersion version) {
		List<StatusChange> changes = version.statusChanges();
		for (int seq = statusChanges.size(); seq < changes.size(); seq++) {
			statusChanges.add(new StoredStatusChange(this, seq, changes.get(seq)));
		}
		status = version.status();
	}

	ItemVersion toDomain(ItemKind kind, ContentJson json) {
		return new ItemVersion(number, json.read(content, kind), mode,
				statusChanges.stream().map(StoredStatusChange::toDomain).toList());
	}

}

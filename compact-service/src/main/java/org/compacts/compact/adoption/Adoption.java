package org.compacts.compact.adoption;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.versioning.Mode;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * That a local item is this compact's copy of an upstream item: the version the district
 * last took (the base of a merge) and its content, and the conflict with a newer version
 * while one is open.
 */
@Entity
@Table(name = "adoption")
class Adoption {

	/**
	 * The open conflict: the upstream version that could not be merged, and the fields
	 * both sides changed.
	 */
	record OpenConflict(int version, Mode mode, String content, boolean retired, List<String> fields, Instant since) {
	}

	@Id
	@Column(name = "item_id")
	private UUID itemId;

	@TenantId
	@Column(name = "tenant_id", nullable = false, updatable = false)
	private String tenant;

	private String sourceTenant;

	private UUID sourceItemId;

	private Integer sourcePosition;

	@Enumerated(EnumType.STRING)
	private ItemKind kind;

	@Enumerated(EnumType.STRING)
	private Mode mode;

	private int baseVersion;

	@ColumnTransformer(write = "?::jsonb")
	private String baseContent;

	private Integer conflictVersion;

	@Enumerated(EnumType.STRING)
	private Mode conflictMode;

	@ColumnTransformer(write = "?::jsonb")
	private String conflictContent;

	private Boolean conflictRetired;

	private String[] conflictFields;

	private Instant conflictSince;

	@Version
	private long rowVersion;

	protected Adoption() {
	}

	Adoption(UUID itemId, String sourceTenant, UUID sourceItemId, @Nullable Integer sourcePosition, ItemKind kind,
			Mode mode, int baseVersion, String baseContent) {
		this.itemId = itemId;
		this.sourceTenant = sourceTenant;
		this.sourceItemId = sourceItemId;
		this.sourcePosition = sourcePosition;
		this.kind = kind;
		this.mode = mode;
		this.baseVersion = baseVersion;
		this.baseContent = baseContent;
	}

	/**
	 * The district now holds this upstream version: it is the base of the next merge; no
	 * conflict is open.
	 */
	void took(int version, Mode mode, String content) {
		this.baseVersion = version;
		this.mode = mode;
		this.baseContent = content;
		this.conflictVersion = null;
		this.conflictMode = null;
		this.conflictContent = null;
		this.conflictRetired = null;
		this.conflictFields = null;
		this.conflictSince = null;
	}

	/**
	 * The source placed the item at this position; an unknown one ({@code null}, from an
	 * older command) keeps the position known.
	 * @return whether the position changed
	 */
	boolean placedAt(@Nullable Integer position) {
		if (position == null || position.equals(sourcePosition)) {
			return false;
		}
		sourcePosition = position;
		return true;
	}

	void conflicted(int version, Mode mode, String content, boolean retired, List<String> fields, Instant since) {
		this.conflictVersion = version;
		this.conflictMode = mode;
		this.conflictContent = content;
		this.conflictRetired = retired;
		this.conflictFields = fields.toArray(String[]::new);
		this.conflictSince = since;
	}

	Optional<OpenConflict> conflict() {
		return conflictVersion == null ? Optional.empty() : Optional.of(new OpenConflict(conflictVersion, conflictMode,
				conflictContent, conflictRetired, List.of(conflictFields), conflictSince));
	}

	UUID itemId() {
		return itemId;
	}

	String sourceTenant() {
		return sourceTenant;
	}

	UUID sourceItemId() {
		return sourceItemId;
	}

	@Nullable Integer sourcePosition() {
		return sourcePosition;
	}

	ItemKind kind() {
		return kind;
	}

	Mode mode() {
		return mode;
	}

	int baseVersion() {
		return baseVersion;
	}

	String baseContent() {
		return baseContent;
	}

}

package org.compacts.tenant.registry;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One compact. Its slug and level never change; its parent and adoption change only
 * through {@link TenantRegistry}, which checks the {@link FederationRules} first and
 * records who changed them.
 */
@Entity
@Table(name = "tenant")
class Tenant {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Level level;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Tenant parent;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Adoption adoption;

	@Embedded
	private Profile profile;

	private Instant archivedAt;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	/**
	 * Optimistic locking; also the tenant's ETag. Null until first stored, which tells
	 * Spring Data it is new.
	 */
	@Version
	private Long version;

	protected Tenant() {
		// for JPA
	}

	Tenant(String slug, String name, Level level, Tenant parent, Adoption adoption, Profile profile, Instant now) {
		this.id = UUID.randomUUID();
		this.slug = slug;
		this.name = name;
		this.level = level;
		this.parent = parent;
		this.adoption = adoption;
		this.profile = profile;
		this.createdAt = now;
	}

	void rename(String name) {
		this.name = name;
	}

	void describe(Profile profile) {
		this.profile = profile;
	}

	void moveUnder(Tenant parent) {
		this.parent = parent;
	}

	void adopt(Adoption adoption) {
		this.adoption = adoption;
	}

	void archive(Instant now) {
		this.archivedAt = now;
	}

	TenantNode node() {
		return new TenantNode(slug, level, parentSlug(), adoption, isArchived());
	}

	UUID id() {
		return id;
	}

	String slug() {
		return slug;
	}

	String name() {
		return name;
	}

	Level level() {
		return level;
	}

	Tenant parent() {
		return parent;
	}

	String parentSlug() {
		return parent == null ? null : parent.slug();
	}

	Adoption adoption() {
		return adoption;
	}

	Profile profile() {
		return profile == null ? new Profile(null, null, null) : profile;
	}

	Instant archivedAt() {
		return archivedAt;
	}

	boolean isArchived() {
		return archivedAt != null;
	}

	Instant createdAt() {
		return createdAt;
	}

	long version() {
		return version == null ? 0 : version;
	}

}

package org.compacts.tenant.registry;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Who changed a tenant's place in the federation (its parent or adoption) or archived it,
 * and when.
 */
@Entity
@Table(name = "tenant_change")
class TenantChange {

	static final String PARENT = "parentSlug";

	static final String ADOPTION = "adoption";

	static final String ARCHIVED = "archived";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private UUID tenantId;

	@Column(nullable = false, updatable = false)
	private String field;

	@Column(updatable = false)
	private String oldValue;

	@Column(updatable = false)
	private String newValue;

	@Column(nullable = false, updatable = false)
	private String changedBy;

	@Column(nullable = false, updatable = false)
	private Instant changedAt;

	protected TenantChange() {
		// for JPA
	}

	TenantChange(UUID tenantId, String field, String oldValue, String newValue, String changedBy, Instant changedAt) {
		this.tenantId = tenantId;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	String field() {
		return field;
	}

	String oldValue() {
		return oldValue;
	}

	String newValue() {
		return newValue;
	}

	String changedBy() {
		return changedBy;
	}

	Instant changedAt() {
		return changedAt;
	}

}

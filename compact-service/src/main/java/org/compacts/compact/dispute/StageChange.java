package org.compacts.compact.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.compacts.compact.tenancy.TenantOwned;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One move of a dispute to a stage, dated, with who moved it and the deadline the stage
 * was given: written once, never changed (the table refuses it too).
 */
@Entity
@Immutable
@Table(name = "dispute_stage_change")
class StageChange extends TenantOwned {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dispute_id", updatable = false)
	private Dispute dispute;

	@Enumerated(EnumType.STRING)
	private DisputeStage fromStage;

	@Enumerated(EnumType.STRING)
	private DisputeStage toStage;

	@Column(name = "happened_on")
	private LocalDate on;

	private LocalDate deadline;

	private String note;

	private String movedBy;

	private Instant movedAt;

	protected StageChange() {
	}

	StageChange(Dispute dispute, @Nullable DisputeStage fromStage, DisputeStage toStage, LocalDate on,
			@Nullable LocalDate deadline, @Nullable String note, String movedBy, Instant movedAt) {
		super(UUID.randomUUID());
		this.dispute = dispute;
		this.fromStage = fromStage;
		this.toStage = toStage;
		this.on = on;
		this.deadline = deadline;
		this.note = note;
		this.movedBy = movedBy;
		this.movedAt = movedAt;
	}

	@Nullable DisputeStage fromStage() {
		return fromStage;
	}

	DisputeStage toStage() {
		return toStage;
	}

	LocalDate on() {
		return on;
	}

	@Nullable LocalDate deadline() {
		return deadline;
	}

	@Nullable String note() {
		return note;
	}

	String movedBy() {
		return movedBy;
	}

	Instant movedAt() {
		return movedAt;
	}

}

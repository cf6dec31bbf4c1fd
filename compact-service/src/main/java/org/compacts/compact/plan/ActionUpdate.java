package org.compacts.compact.plan;

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
import org.compacts.compact.plan.PlanAction.Status;
import org.compacts.compact.tenancy.TenantOwned;
import org.hibernate.annotations.Immutable;

/**
 * One dated note on an action's progress, with the status it moved from and to: written
 * once, never changed (the table refuses it too).
 */
@Entity
@Immutable
class ActionUpdate extends TenantOwned {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "action_id", updatable = false)
	private PlanAction action;

	@Column(name = "happened_on")
	private LocalDate on;

	private String note;

	@Enumerated(EnumType.STRING)
	private Status fromStatus;

	@Enumerated(EnumType.STRING)
	private Status toStatus;

	private int progress;

	private LocalDate completedOn;

	private String reason;

	private String madeBy;

	private Instant madeAt;

	protected ActionUpdate() {
	}

	ActionUpdate(PlanAction action, PlanAction.Progress progress, Status fromStatus, String madeBy, Instant madeAt) {
		super(UUID.randomUUID());
		this.action = action;
		this.on = progress.on();
		this.note = progress.note();
		this.fromStatus = fromStatus;
		this.toStatus = progress.status();
		this.progress = progress.progress();
		this.completedOn = progress.status() == Status.DONE ? progress.completedOn() : null;
		this.reason = progress.status() == Status.DROPPED ? progress.reason() : null;
		this.madeBy = madeBy;
		this.madeAt = madeAt;
	}

	LocalDate on() {
		return on;
	}

	String note() {
		return note;
	}

	Status fromStatus() {
		return fromStatus;
	}

	Status toStatus() {
		return toStatus;
	}

	int progress() {
		return progress;
	}

	String madeBy() {
		return madeBy;
	}

	Instant madeAt() {
		return madeAt;
	}

}

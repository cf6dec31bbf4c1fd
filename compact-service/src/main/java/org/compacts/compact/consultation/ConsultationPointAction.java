package org.compacts.compact.consultation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import org.compacts.compact.tenancy.TenantOwned;

/** The plan action an aspirational point of a closed consultation became. */
@Entity
class ConsultationPointAction extends TenantOwned {

	private UUID consultationId;

	private Integer question;

	private String anchor;

	private UUID planId;

	private UUID actionId;

	private String madeBy;

	private Instant madeAt;

	protected ConsultationPointAction() {
	}

	ConsultationPointAction(UUID consultationId, Point point, UUID planId, UUID actionId, String by, Instant at) {
		super(UUID.randomUUID());
		this.consultationId = consultationId;
		this.question = point.question();
		this.anchor = point.anchor();
		this.planId = planId;
		this.actionId = actionId;
		this.madeBy = by;
		this.madeAt = at;
	}

	Point point() {
		return new Point(question, anchor);
	}

	UUID planId() {
		return planId;
	}

	UUID actionId() {
		return actionId;
	}

}

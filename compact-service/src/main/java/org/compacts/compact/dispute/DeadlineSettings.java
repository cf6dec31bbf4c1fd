package org.compacts.compact.dispute;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.compacts.compact.tenancy.VersionedTenantOwned;

/**
 * A compact's own working days per stage, once its editors set them; a compact that has
 * none uses {@link StageDeadlines#DEFAULTS}. A new deadline applies to stages begun after
 * it: a stage keeps the deadline it was given.
 */
@Entity
@Table(name = "dispute_deadlines")
class DeadlineSettings extends VersionedTenantOwned {

	private int raised;

	private int informalResolution;

	private int localProcedure;

	private int mediation;

	private int advocacy;

	private int ombudsman;

	private String changedBy;

	protected DeadlineSettings() {
	}

	DeadlineSettings(StageDeadlines deadlines, String by) {
		super(UUID.randomUUID());
		set(deadlines, by);
	}

	void set(StageDeadlines deadlines, String by) {
		Map<DisputeStage, Integer> days = deadlines.workingDays();
		this.raised = days.get(DisputeStage.RAISED);
		this.informalResolution = days.get(DisputeStage.INFORMAL_RESOLUTION);
		this.localProcedure = days.get(DisputeStage.LOCAL_PROCEDURE);
		this.mediation = days.get(DisputeStage.MEDIATION);
		this.advocacy = days.get(DisputeStage.ADVOCACY);
		this.ombudsman = days.get(DisputeStage.OMBUDSMAN);
		this.changedBy = by;
	}

	StageDeadlines deadlines() {
		Map<DisputeStage, Integer> days = new EnumMap<>(DisputeStage.class);
		days.put(DisputeStage.RAISED, raised);
		days.put(DisputeStage.INFORMAL_RESOLUTION, informalResolution);
		days.put(DisputeStage.LOCAL_PROCEDURE, localProcedure);
		days.put(DisputeStage.MEDIATION, mediation);
		days.put(DisputeStage.ADVOCACY, advocacy);
		days.put(DisputeStage.OMBUDSMAN, ombudsman);
		return new StageDeadlines(days);
	}

}

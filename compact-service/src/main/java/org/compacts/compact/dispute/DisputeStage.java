package org.compacts.compact.dispute;

/**
 * Where a dispute stands, in the order it escalates: resolving at the most informal level
 * possible comes first ("conciliation is better than arbitration"); resolved and
 * withdrawn close it for good.
 */
public enum DisputeStage {

	/** Brought to the other party's attention, always the first action. */
	RAISED,

	INFORMAL_RESOLUTION,

	/** The compact's own complaints or local dispute procedure. */
	LOCAL_PROCEDURE,

	/** For example the CEDR Compact Mediation Scheme. */
	MEDIATION,

	/** For example NCVO's Compact Advocacy Programme. */
	ADVOCACY,

	/** The Local Government (or Health) Ombudsman. */
	OMBUDSMAN,

	RESOLVED,

	WITHDRAWN;

	public boolean isClosed() {
		return this == RESOLVED || this == WITHDRAWN;
	}

	/**
	 * Whether a dispute here may move to the next: an open dispute escalates to any later
	 * stage (a stage may be skipped, never gone back to), or is resolved or withdrawn; a
	 * closed one moves no more.
	 */
	public boolean mayMoveTo(DisputeStage next) {
		if (isClosed()) {
			return false;
		}
		return next.isClosed() || next.ordinal() > ordinal();
	}

}

package org.compacts.portal.dispute;

/**
 * A dispute's stages as compact-service names them, in the order a dispute escalates,
 * with the words a page shows and the colour beside them.
 */
enum Stage {

	RAISED("Raised with the other party", "govuk-tag--light-blue"),
	INFORMAL_RESOLUTION("Informal resolution", "govuk-tag--blue"),
	LOCAL_PROCEDURE("Local dispute procedure", "govuk-tag--purple"), MEDIATION("Mediation", "govuk-tag--pink"),
	ADVOCACY("Advocacy", "govuk-tag--orange"), OMBUDSMAN("Ombudsman", "govuk-tag--red"),
	RESOLVED("Resolved", "govuk-tag--green"), WITHDRAWN("Withdrawn", "govuk-tag--grey");

	private final String label;

	private final String tagClass;

	Stage(String label, String tagClass) {
		this.label = label;
		this.tagClass = tagClass;
	}

	public String getLabel() {
		return label;
	}

	public String getTagClass() {
		return tagClass;
	}

	public boolean isClosed() {
		return this == RESOLVED || this == WITHDRAWN;
	}

	/** The open stages, for the deadlines and the figures. */
	static Stage[] open() {
		return new Stage[] { RAISED, INFORMAL_RESOLUTION, LOCAL_PROCEDURE, MEDIATION, ADVOCACY, OMBUDSMAN };
	}

}

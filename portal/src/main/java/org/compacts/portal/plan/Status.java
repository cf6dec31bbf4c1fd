package org.compacts.portal.plan;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where an action stands, as compact-service names it, with the words and the colour of
 * its tag: the words always, so that the colour is never the only sign.
 */
enum Status {

	NOT_STARTED("Not started", "govuk-tag--grey"), ON_TRACK("On track", "govuk-tag--green"),
	AT_RISK("At risk", "govuk-tag--yellow"), OFF_TRACK("Off track", "govuk-tag--red"), DONE("Done", "govuk-tag--blue"),
	DROPPED("Dropped", "govuk-tag--grey");

	private final String label;

	private final String tagClass;

	Status(String label, String tagClass) {
		this.label = label;
		this.tagClass = tagClass;
	}

	public String getLabel() {
		return label;
	}

	public String getTagClass() {
		return tagClass;
	}

	/** The status a filter names; none for anything else, which then filters nothing. */
	static Optional<Status> named(@Nullable String name) {
		return Arrays.stream(values()).filter(status -> status.name().equals(name)).findFirst();
	}

}

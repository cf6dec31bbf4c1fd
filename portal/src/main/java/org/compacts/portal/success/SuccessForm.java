package org.compacts.portal.success;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.Typed;
import org.jspecify.annotations.Nullable;

/**
 * A success as the editor typed it: organisations chosen from the register and others
 * typed one a line, links and sectors one a line; version is the one they saw.
 */
record SuccessForm(@Nullable String title, @Nullable String story, @Nullable List<String> registered,
		@Nullable String others, @Nullable List<String> principlesAndCodes, @Nullable String evidence,
		@Nullable String evidenceLinks, @Nullable String sectors, @Nullable String place, @Nullable Long version) {

	/** The service's fields in the form's names, most specific first. */
	static final Map<String, String> NAMES = Map.of("organisations", "organisations", "itemIds", "principlesAndCodes");

	static final SuccessForm BLANK = new SuccessForm("", "", List.of(), "", List.of(), "", "", "", "", null);

	SuccessForm {
		registered = registered == null ? List.of() : registered;
		principlesAndCodes = principlesAndCodes == null ? List.of() : principlesAndCodes;
	}

	static SuccessForm of(Success success) {
		return new SuccessForm(success.title(), success.story(),
				success.organisations()
					.stream()
					.filter(party -> party.organisationId() != null)
					.map(party -> String.valueOf(party.organisationId()))
					.toList(),
				String.join("\n",
						success.organisations()
							.stream()
							.filter(party -> party.organisationId() == null)
							.map(Success.Organisation::name)
							.toList()),
				success.links().stream().map(link -> link.itemId().toString()).toList(), success.evidence(),
				String.join("\n", success.evidenceLinks()), String.join("\n", success.sectors()), success.place(),
				success.version());
	}

	/** The contract's SuccessInput. */
	Map<String, @Nullable Object> request(Typed typed) {
		List<Map<String, String>> organisations = new ArrayList<>();
		registered.forEach(id -> organisations.add(Map.of("organisationId", id)));
		lines(others).forEach(name -> organisations.add(Map.of("name", name)));
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("story", story);
		body.put("organisations", organisations);
		body.put("itemIds", principlesAndCodes);
		body.put("evidence", Forms.blankAsNull(evidence));
		body.put("evidenceLinks", lines(evidenceLinks));
		body.put("sectors", lines(sectors));
		body.put("place", Forms.blankAsNull(place));
		return body;
	}

	/** One a line, blank lines left out. */
	static List<String> lines(@Nullable String typed) {
		return typed == null ? List.of()
				: Arrays.stream(typed.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}

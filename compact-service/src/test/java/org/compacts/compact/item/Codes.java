package org.compacts.compact.item;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies for codes of practice, shaped like the Kent draft's Consultation code.
 */
final class Codes {

	private Codes() {
	}

	static Map<String, Object> consultation(String title) {
		Map<String, Object> code = new LinkedHashMap<>();
		code.put("title", title);
		code.put("whyItMatters", "Consultation gives the people affected by a policy a say in it.");
		code.put("aim", "To make consultation timely, accessible and listened to.");
		code.put("vcsUndertakings", List.of("Respond to consultations on behalf of our users."));
		code.put("publicSectorUndertakings",
				new ArrayList<>(List.of("Consult for 12 weeks as a rule.", "Publish what we heard and what we did.")));
		code.put("allPartnersCommitments", List.of("Be mindful of the capacity of small groups."));
		code.put("caseStudies", List.of());
		code.put("subCodes", List.of());
		code.put("measurableCommitments",
				List.of(Map.of("name", "standard consultation period", "kind", "STANDARD", "quantity",
						Map.of("amount", 12, "unit", "weeks")),
						Map.of("name", "minimum consultation period", "kind", "MINIMUM", "quantity",
								Map.of("amount", 8, "unit", "weeks"))));
		code.put("mode", "ADAPTABLE");
		return code;
	}

	static Map<String, Object> editOf(Map<String, Object> code, int startedFrom) {
		Map<String, Object> edit = new LinkedHashMap<>(code);
		edit.put("startedFrom", startedFrom);
		return edit;
	}

}

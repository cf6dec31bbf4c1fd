package org.compacts.portal.rollup;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.compacts.portal.rollup.Rollup.District;
import org.compacts.portal.rollup.Rollups.Tenant;
import org.compacts.portal.site.Dates;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The county roll-up, read only: for the members of a compact others follow, how its
 * districts' shared plans stand, and one such plan's actions. A district's members get
 * 404, as for a page that is not there, before any service is asked.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/rollup")
class RollupController {

	/** A period as compact-service writes it: 2027-28. */
	private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}");

	/** A district of the roll-up, with its name from the register. */
	record Row(String slug, String name, District district) {
	}

	private final Rollups rollups;

	private final Dates dates;

	RollupController(Rollups rollups, Dates dates) {
		this.rollups = rollups;
		this.dates = dates;
	}

	/**
	 * The roll-up of one period, or of all; the period is a plain GET parameter so the
	 * filter works without JavaScript, and one that is not a period filters nothing.
	 */
	@GetMapping
	String rollup(@ModelAttribute(name = "here", binding = false) Here here,
			@RequestParam(name = "period", required = false) @Nullable String period, Model model) {
		requireFollowed(here);
		String chosen = period != null && PERIOD.matcher(period).matches() ? period : null;
		Rollup rollup = rollups.rollup(here.slug(), chosen);
		Map<String, String> names = rollup.districts().isEmpty() ? Map.of()
				: rollups.register()
					.stream()
					.collect(Collectors.toMap(Tenant::slug, Tenant::name, (first, second) -> first));
		List<Row> rows = rollup.districts()
			.stream()
			.map(district -> new Row(district.tenant(), names.getOrDefault(district.tenant(), district.tenant()),
					district))
			.sorted(Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Row::slug))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("codes", rollup.codes());
		model.addAttribute("periods", rollup.periods(chosen));
		model.addAttribute("period", chosen);
		return "rollup/rollup";
	}

	/**
	 * A district's shared plan, read only. The district must be one of this county's: the
	 * page is no way into another county's districts, whatever compact-service would
	 * answer.
	 */
	@GetMapping("/{district:[a-z][a-z0-9-]{1,62}}/plans/{id}")
	String plan(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String district,
			@PathVariable UUID id, Model model) {
		requireFollowed(here);
		Tenant tenant = rollups.register()
			.stream()
			.filter(candidate -> candidate.slug().equals(district) && candidate.followsAsDistrict(here.slug()))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("district", tenant);
		model.addAttribute("plan", rollups.plan(district, id));
		model.addAttribute("dates", dates);
		return "rollup/plan";
	}

	private static void requireFollowed(Here here) {
		if (!here.isFollowed()) {
			throw new ResponseStatusException(NOT_FOUND);
		}
	}

}

package org.compacts.compact.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.compacts.compact.federation.Visibility;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;

/**
 * What an indicator measures and against what: everything an editor sets, as opposed to
 * the readings taken.
 *
 * @param tolerance how far short of the expected value still counts as amber, in the
 * indicator's unit
 * @param itemIds the principles and codes of the compact it evidences, by stable item id
 */
record Definition(String name, String unit, Point baseline, Point target, Direction direction, BigDecimal tolerance,
		Visibility visibility, List<UUID> itemIds) {

	/** The first and the last day an indicator's dates may fall on. */
	static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

	Definition {
		name = name.strip();
		unit = unit.strip();
		itemIds = List.copyOf(itemIds);
	}

	/**
	 * Refuses a target on or before the baseline, a negative tolerance, a day outside
	 * {@link #FIRST_DAY} to {@link #LAST_DAY}, and links that are repeated or to what is
	 * not an item of this compact.
	 * @param knownItems which of the linked ids are items of this compact
	 */
	void requireSensible(Set<UUID> knownItems) {
		List<InvalidField> problems = new ArrayList<>();
		requireInRange("baseline.on", baseline.on(), problems);
		requireInRange("target.on", target.on(), problems);
		if (!target.on().isAfter(baseline.on())) {
			problems.add(new InvalidField("target.on", "must be after the baseline's day, " + baseline.on()));
		}
		problems.addAll(Units.refusals(unit, "baseline.value", baseline.value()));
		problems.addAll(Units.refusals(unit, "target.value", target.value()));
		if (tolerance.signum() < 0) {
			problems.add(new InvalidField("tolerance", "must be zero or more"));
		}
		Set<UUID> seen = new HashSet<>();
		for (UUID id : itemIds) {
			if (!seen.add(id)) {
				problems.add(new InvalidField("itemIds", id + " is listed twice"));
			}
			else if (!knownItems.contains(id)) {
				problems.add(new InvalidField("itemIds", id + " is not a principle or code of this compact"));
			}
		}
		if (!problems.isEmpty()) {
			throw Refusal.invalid("The indicator cannot be measured as defined.", problems);
		}
	}

	static void requireInRange(String field, LocalDate day, List<InvalidField> problems) {
		if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
			problems.add(new InvalidField(field, "must be a day from " + FIRST_DAY + " to " + LAST_DAY));
		}
	}

}

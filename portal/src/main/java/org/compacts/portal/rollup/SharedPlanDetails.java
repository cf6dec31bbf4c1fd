package org.compacts.portal.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.compacts.portal.rollup.Rollup.Tag;
import org.jspecify.annotations.Nullable;

/**
 * A district's plan as compact-service answers {@code GET /api/t/{district}/plans/{id}}
 * to a member of the district's county: only what the read-only drill-down shows.
 */
record SharedPlanDetails(UUID id, String title, String period, String visibility, List<Action> actions) {

	SharedPlanDetails {
		actions = actions == null ? List.of() : actions;
	}

	public boolean isPublic() {
		return "PUBLIC".equals(visibility);
	}

	record Action(UUID id, String title, @Nullable Owner owner, @Nullable LocalDate dueOn, String status, int progress,
			boolean overdue, @Nullable List<String> notSmart) {

		public Tag getStatusTag() {
			return Tag.status(status);
		}

		public String getOwnedBy() {
			return owner == null ? "" : owner.named();
		}

		public boolean isSmart() {
			return notSmart == null || notSmart.isEmpty();
		}

		/** "measure, due date": what keeps it from being SMART, as a person says it. */
		public String getMissing() {
			return notSmart == null ? "" : String.join(", ",
					notSmart.stream().map(missing -> "dueOn".equals(missing) ? "due date" : missing).toList());
		}

	}

	record Owner(@Nullable String organisationName, @Nullable String person) {

		/** "Jo Bloggs, Swale CVS", whichever parts there are. */
		String named() {
			return String.join(", ",
					Stream.of(person, organisationName)
						.filter(part -> part != null && !part.isBlank())
						.map(String::valueOf)
						.toList());
		}

	}

}

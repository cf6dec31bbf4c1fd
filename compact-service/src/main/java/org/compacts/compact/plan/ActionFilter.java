package org.compacts.compact.plan;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

import org.compacts.compact.plan.PlanAction.Status;
import org.compacts.compact.plan.PlanApi.ActionView;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Which of a plan's actions a reader asks for; every part given narrows the list, and an
 * absent part narrows nothing.
 *
 * @param code a principle or code of practice of this compact (its own or an adopted
 * copy) the action links to, by stable item id
 * @param owner part of the owner organisation's name or the owner person's, in any case
 * @param overdue true for the overdue actions only, false for the others
 * @param notSmart true for the actions flagged not SMART only, false for the others
 */
record ActionFilter(@Nullable Status status, @Nullable Boolean overdue, @Nullable UUID code, @Nullable String owner,
		@Nullable Boolean notSmart) implements Predicate<ActionView> {

	static final ActionFilter NONE = new ActionFilter(null, null, null, null, null);

	/** As long as an owner can be named. */
	static final int MAX_OWNER = 200;

	ActionFilter {
		owner = owner == null || owner.isBlank() ? null : owner.strip();
		if (owner != null && owner.length() > MAX_OWNER) {
			throw Refusal.invalid("An owner to filter by is named in at most " + MAX_OWNER + " characters.", "owner",
					"must be at most " + MAX_OWNER + " characters");
		}
	}

	@Override
	public boolean test(ActionView action) {
		return (status == null || action.status() == status) && (overdue == null || action.overdue() == overdue)
				&& (code == null || action.links().stream().anyMatch(link -> link.itemId().equals(code)))
				&& (owner == null || ownedBy(action, owner.toLowerCase(Locale.UK)))
				&& (notSmart == null || action.notSmart().isEmpty() != notSmart);
	}

	private static boolean ownedBy(ActionView action, String owner) {
		return contains(action.owner().organisationName(), owner) || contains(action.owner().person(), owner);
	}

	private static boolean contains(@Nullable String name, String part) {
		return name != null && name.toLowerCase(Locale.UK).contains(part);
	}

}

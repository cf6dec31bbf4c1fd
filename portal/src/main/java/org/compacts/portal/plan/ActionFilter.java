package org.compacts.portal.plan;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.compacts.portal.plan.Plans.Item;
import org.jspecify.annotations.Nullable;

/**
 * The filters of a plan's page, as a plain GET form sends them, each as compact-service
 * takes it: what it would refuse is left out, so a hand-typed address shows the plan
 * rather than an error.
 *
 * @param code a principle or code of the compact, its own or an adopted copy
 * @param owner part of an owner organisation's or person's name
 */
record ActionFilter(@Nullable Status status, boolean overdue, @Nullable UUID code, @Nullable String owner,
		boolean notSmart) {

	/** compact-service's limit for an owner to filter by. */
	static final int MAX_OWNER = 200;

	static ActionFilter of(@Nullable String status, @Nullable String overdue, @Nullable String code,
			@Nullable String owner, @Nullable String notSmart, List<Item> items) {
		UUID item = items.stream()
			.map(Item::id)
			.filter(id -> code != null && id.toString().equals(code.strip().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElse(null);
		String named = owner == null || owner.isBlank() ? null : owner.strip();
		if (named != null && named.length() > MAX_OWNER) {
			named = named.substring(0, MAX_OWNER);
		}
		return new ActionFilter(Status.named(status).orElse(null), "true".equals(overdue), item, named,
				"true".equals(notSmart));
	}

	boolean isAny() {
		return status != null || overdue || code != null || owner != null || notSmart;
	}

	/** The item's id as the form's options name it, or "" for any. */
	public String getCodeValue() {
		return code == null ? "" : code.toString();
	}

	public String getOwnerValue() {
		return owner == null ? "" : owner;
	}

}

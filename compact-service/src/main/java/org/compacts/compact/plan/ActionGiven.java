package org.compacts.compact.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An action was given to a person, by their e-mail address: raised in the transaction
 * that gave it, in the action's compact, for whoever tells that person (the notices).
 *
 * @param by who gave it (the editor's user name)
 */
public record ActionGiven(UUID planId, UUID actionId, String title, @Nullable LocalDate dueOn, String ownerEmail,
		String by) {

	static ActionGiven of(PlanAction action, String by) {
		String email = action.ownerEmail();
		if (email == null) {
			throw new IllegalStateException("action " + action.id() + " is given to no one");
		}
		return new ActionGiven(action.planId(), action.id(), action.title(), action.dueOn(), email, by);
	}

}

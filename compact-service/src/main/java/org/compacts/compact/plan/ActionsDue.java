package org.compacts.compact.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current compact's open actions given to a person by e-mail address and due in a
 * span of days: what the reminders of actions due soon and overdue are made from.
 */
@Service
@Transactional(readOnly = true)
public class ActionsDue {

	private final PlanActions actions;

	ActionsDue(PlanActions actions) {
		this.actions = actions;
	}

	/**
	 * Open actions (neither done nor dropped) due from one day to another, both included.
	 */
	public List<Due> between(LocalDate from, LocalDate to) {
		return actions.findByOwnerEmailIsNotNullAndDueOnBetween(from, to)
			.stream()
			.filter(action -> !action.status().isClosed())
			.map(action -> new Due(action.planId(), action.id(), action.title(), action.dueOn(), action.ownerEmail()))
			.toList();
	}

	public record Due(UUID planId, UUID actionId, String title, LocalDate dueOn, String ownerEmail) {
	}

}

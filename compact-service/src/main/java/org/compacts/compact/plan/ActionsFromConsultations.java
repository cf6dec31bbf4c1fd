package org.compacts.compact.plan;

import java.util.List;
import java.util.UUID;

import org.compacts.compact.plan.PlanApi.ActionInput;
import org.compacts.servicekit.refusal.Refusal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's door for the aspirational points of a closed consultation: each becomes an
 * aspirational action of the plan chosen, made as any action is (the plan's own rules),
 * and marked with the consultation and point it arose from. Called in the consultation's
 * own transaction and tenant.
 */
@Component
public class ActionsFromConsultations {

	/** Where a point went. */
	public record Made(UUID planId, UUID actionId) {
	}

	private final PlanRegister register;

	private final Plans plans;

	private final PlanActions actions;

	ActionsFromConsultations(PlanRegister register, Plans plans, PlanActions actions) {
		this.register = register;
		this.plans = plans;
		this.actions = actions;
	}

	/** Whether the current compact has this plan. */
	@Transactional(readOnly = true)
	public boolean hasPlan(UUID planId) {
		return plans.existsById(planId);
	}

	/**
	 * @param point as the action names where it arose ("question 3")
	 * @param outcome what the respondents said, as the action's outcome
	 */
	@Transactional
	public Made add(UUID planId, UUID consultationId, String point, String title, String outcome, String by) {
		if (!plans.existsById(planId)) {
			throw Refusal.invalid("Actions are added to a plan of this compact.", "planId",
					"is not a plan of this compact");
		}
		ActionInput input = new ActionInput(title, outcome, null, null, null, null, List.of(), null, null,
				PlanAction.Priority.MEDIUM, PlanAction.Ambition.ASPIRATIONAL, List.of(), List.of(), null);
		UUID actionId = register.addAction(planId, input, by).id();
		actions.findById(actionId).orElseThrow().ariseFromConsultation(consultationId, point);
		actions.flush();
		return new Made(planId, actionId);
	}

}

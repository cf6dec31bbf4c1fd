package org.compacts.compact.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.compact.federation.Visibility;
import org.compacts.servicekit.refusal.ExpectedVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A whole plan of the current tenant from a CSV file, as an editor would import it: the
 * demo plans of the embedded default. The same rules hold as for an import; only a code
 * the compact does not hold is left out rather than refused, as one file serves a compact
 * whether or not its county's codes have reached it.
 */
@Service
@Transactional
public class DemoPlanLoader {

	private final Plans plans;

	private final PlanRegister register;

	private final PlanFiles files;

	DemoPlanLoader(Plans plans, PlanRegister register, PlanFiles files) {
		this.plans = plans;
		this.register = register;
		this.files = files;
	}

	/** Whether the current tenant has a plan, whoever made it. */
	@Transactional(readOnly = true)
	public boolean hasPlans() {
		return plans.count() > 0;
	}

	/**
	 * Creates the plan and imports its actions, or refuses as an import does.
	 * @param moves by action title, the indicators of this compact the action moves
	 * @return how many actions it has
	 */
	public int load(String title, String period, Visibility visibility, byte[] actions, Map<String, List<UUID>> moves,
			String by) {
		UUID plan = register.create(title, period, visibility, by).id();
		return files.importActions(plan, ExpectedVersion.any(), files.withKnownCodes(actions), by, moves).imported();
	}

}

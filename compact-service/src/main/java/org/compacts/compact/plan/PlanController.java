package org.compacts.compact.plan;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.compacts.compact.federation.Readers;
import org.compacts.compact.plan.PlanAction.Status;
import org.compacts.compact.plan.PlanApi.ActionInput;
import org.compacts.compact.plan.PlanApi.ActionView;
import org.compacts.compact.plan.PlanApi.PlanInput;
import org.compacts.compact.plan.PlanApi.PlanSummary;
import org.compacts.compact.plan.PlanApi.PlanView;
import org.compacts.compact.plan.PlanApi.Recorded;
import org.compacts.compact.plan.PlanApi.UpdateInput;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.web.Created;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A compact's action plans and their actions. Its members read every plan, the members of
 * the county it follows the plans shared with the county ({@link Readers}), anyone else
 * the public ones; none is told of any other (404, as for a plan that is not there). Its
 * editors write; the updates of an action are only ever added.
 */
@RestController
@RequestMapping("/api/t/{tenant}/plans")
class PlanController {

	private final PlanRegister register;

	private final Readers readers;

	PlanController(PlanRegister register, Readers readers) {
		this.register = register;
		this.readers = readers;
	}

	@GetMapping
	@Operation(summary = "The compact's action plans",
			description = "Newest period first, then by title; each with its actions counted by status, overdue "
					+ "and not SMART. Members read every plan, members of the county it follows those shared with "
					+ "the county, anyone else the public ones.")
	List<PlanSummary> list(@PathVariable String tenant, Authentication reader) {
		return register.plans(readers.reachOf(reader, tenant));
	}

	@GetMapping("/{planId}")
	@Operation(summary = "A plan and its actions",
			description = "Actions by due date, then title; those without a due date last. A plan the reader may "
					+ "not see is not found. Each filter given narrows the actions (they combine): status; "
					+ "overdue and notSmart (true: only those, false: only the others); code, a principle or code "
					+ "of practice of this compact (its own or an adopted copy) the action links to; owner, part of "
					+ "the owner organisation's or person's name, in any case. totalActions counts them all.")
	ResponseEntity<PlanView> plan(@PathVariable String tenant, @PathVariable UUID planId,
			@RequestParam(required = false) @Nullable Status status,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable UUID code, @RequestParam(required = false) @Nullable String owner,
			@RequestParam(required = false) @Nullable Boolean notSmart, Authentication reader) {
		return plan(ResponseEntity.ok(), register.plan(planId, readers.reachOf(reader, tenant),
				new ActionFilter(status, overdue, code, owner, notSmart)));
	}

	/** The whole plan, as its files are written from it. */
	ResponseEntity<PlanView> plan(String tenant, UUID planId, Authentication reader) {
		return plan(ResponseEntity.ok(), register.plan(planId, readers.reachOf(reader, tenant)));
	}

	@PostMapping
	@Operation(summary = "Start a plan for a period",
			description = "A period is written as 2027-28; one plan of a title per period. Visibility is COUNTY "
					+ "unless given.")
	ResponseEntity<PlanView> create(@PathVariable String tenant, @Valid @RequestBody PlanInput input,
			Authentication editor) {
		PlanView plan = register.create(input.title(), input.period(), input.visibility(), editor.getName());
		return plan(Created.at(plan.id()), plan);
	}

	@PutMapping("/{planId}")
	@Operation(summary = "Change a plan's title, period or visibility")
	ResponseEntity<PlanView> describe(@PathVariable String tenant, @PathVariable UUID planId, ExpectedVersion ifMatch,
			@Valid @RequestBody PlanInput input) {
		return plan(ResponseEntity.ok(),
				register.describe(planId, ifMatch, input.title(), input.period(), input.visibility()));
	}

	@GetMapping("/{planId}/actions/{actionId}")
	@Operation(summary = "An action, with its links and its updates newest first")
	ResponseEntity<ActionView> action(@PathVariable String tenant, @PathVariable UUID planId,
			@PathVariable UUID actionId, Authentication reader) {
		return action(ResponseEntity.ok(), register.action(planId, actionId, readers.reachOf(reader, tenant)));
	}

	@PostMapping("/{planId}/actions")
	@Operation(summary = "Add an action to a plan", description = "It starts NOT_STARTED, at 0% progress.")
	ResponseEntity<ActionView> addAction(@PathVariable String tenant, @PathVariable UUID planId,
			@Valid @RequestBody ActionInput input, Authentication editor) {
		ActionView action = register.addAction(planId, input, editor.getName());
		return action(Created.at(action.id()), action);
	}

	@PutMapping("/{planId}/actions/{actionId}")
	@Operation(summary = "Change an action's details",
			description = "Its status and progress change by an update only.")
	ResponseEntity<ActionView> describeAction(@PathVariable String tenant, @PathVariable UUID planId,
			@PathVariable UUID actionId, ExpectedVersion ifMatch, @Valid @RequestBody ActionInput input,
			Authentication editor) {
		return action(ResponseEntity.ok(), register.describeAction(planId, actionId, ifMatch, input, editor.getName()));
	}

	@PostMapping("/{planId}/actions/{actionId}/updates")
	@Operation(summary = "Record progress on an action",
			description = "Adds a dated update to the action's history, which is never changed, and moves the "
					+ "action to its status and progress; If-Match names the action's version. DONE needs "
					+ "completedOn and progress 100, DROPPED a reason; a done or dropped action takes only an "
					+ "update that reopens it. Answers the action; Location names the update.")
	ResponseEntity<ActionView> record(@PathVariable String tenant, @PathVariable UUID planId,
			@PathVariable UUID actionId, ExpectedVersion ifMatch, @Valid @RequestBody UpdateInput input,
			Authentication editor) {
		Recorded recorded = register.record(planId, actionId, ifMatch, input.toProgress(), editor.getName());
		return action(Created.at(recorded.updateId()), recorded.action());
	}

	private static ResponseEntity<PlanView> plan(ResponseEntity.BodyBuilder response, PlanView plan) {
		return response.eTag(Long.toString(plan.version())).body(plan);
	}

	private static ResponseEntity<ActionView> action(ResponseEntity.BodyBuilder response, ActionView action) {
		return response.eTag(Long.toString(action.version())).body(action);
	}

}

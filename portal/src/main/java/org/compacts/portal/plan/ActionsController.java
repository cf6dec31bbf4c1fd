package org.compacts.portal.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.DateInput;
import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Services;
import org.compacts.portal.backend.Typed;
import org.compacts.portal.plan.Choices.Ambition;
import org.compacts.portal.plan.Choices.Priority;
import org.compacts.portal.plan.Plans.Action;
import org.compacts.portal.plan.Plans.Owner;
import org.compacts.portal.plan.Plans.Plan;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A plan's actions: members read an action with its links and its history; editors add
 * one, change its details and record its progress. Status and progress change only
 * through an update, which the history keeps for good.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/plans/{plan}/actions")
class ActionsController {

	private static final Map<String, String> DONE = Map.of("added", "The action is added.", "saved",
			"The action is saved.", "progress", "The progress is recorded.");

	/** An action's details as the editor typed them; version is the one they saw. */
	record ActionForm(@Nullable String title, @Nullable String outcome, @Nullable String measure,
			@Nullable String ownerOrganisationId, @Nullable String ownerOrganisationName, @Nullable String ownerPerson,
			@Nullable String ownerEmail, @Nullable String partners, @Nullable DateInput startOn,
			@Nullable DateInput dueOn, @Nullable String priority, @Nullable String ambition,
			@Nullable List<String> itemIds, @Nullable List<String> indicatorIds, @Nullable Long version) {

		static final ActionForm BLANK = new ActionForm("", "", "", "", "", "", "", "", null, null, null, null, null,
				null, null);

		ActionForm {
			startOn = DateInput.orBlank(startOn);
			dueOn = DateInput.orBlank(dueOn);
			itemIds = itemIds == null ? List.of() : itemIds;
			indicatorIds = indicatorIds == null ? List.of() : indicatorIds;
		}

		/**
		 * The action's details as they are, with the organisation by id when it is the
		 * register's.
		 */
		static ActionForm of(Action action) {
			Owner owner = action.owner() == null ? new Owner(null, null, null, null) : action.owner();
			boolean registered = owner.organisationId() != null;
			return new ActionForm(action.title(), action.outcome(), action.measure(),
					registered ? owner.organisationId().toString() : "", registered ? "" : owner.organisationName(),
					owner.person(), owner.email(),
					action.partners() == null ? "" : String.join("\n", action.partners()),
					DateInput.of(action.startOn()), DateInput.of(action.dueOn()), action.priority().name(),
					action.ambition().name(),
					action.links() == null ? List.of()
							: action.links().stream().map(link -> link.itemId().toString()).toList(),
					action.indicators() == null ? List.of()
							: action.indicators().stream().map(indicator -> indicator.id().toString()).toList(),
					action.version());
		}

		public boolean links(Object itemId) {
			return itemIds.contains(itemId.toString());
		}

		public boolean moves(Object indicatorId) {
			return indicatorIds.contains(indicatorId.toString());
		}

		/**
		 * Every field of the service's ActionInput; partners one a line, blank lines left
		 * out.
		 */
		Map<String, @Nullable Object> request(Typed typed) {
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("title", title);
			body.put("outcome", Forms.blankAsNull(outcome));
			body.put("measure", Forms.blankAsNull(measure));
			body.put("ownerOrganisationId", Forms.blankAsNull(ownerOrganisationId));
			body.put("ownerOrganisationName", Forms.blankAsNull(ownerOrganisationName));
			body.put("ownerPerson", Forms.blankAsNull(ownerPerson));
			body.put("ownerEmail", Forms.blankAsNull(ownerEmail));
			body.put("partners", partners == null ? List.of()
					: partners.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
			body.put("startOn", typed.day("startOn", startOn));
			body.put("dueOn", typed.day("dueOn", dueOn));
			body.put("priority", Forms.blankAsNull(priority));
			body.put("ambition", Forms.blankAsNull(ambition));
			body.put("itemIds", itemIds);
			body.put("indicatorIds", indicatorIds);
			return body;
		}

	}

	/** Progress as the editor recorded it; version is the action's they saw. */
	record UpdateForm(@Nullable DateInput on, @Nullable String status, @Nullable String progress, @Nullable String note,
			@Nullable DateInput completedOn, @Nullable String reason, @Nullable Long version) {

		UpdateForm {
			on = DateInput.orBlank(on);
			completedOn = DateInput.orBlank(completedOn);
		}

		/** A blank update that starts where the action stands. */
		static UpdateForm from(Action action) {
			return new UpdateForm(DateInput.BLANK, action.status().name(), Integer.toString(action.progress()), "",
					DateInput.BLANK, "", action.version());
		}

		UpdateForm readAt(long version) {
			return new UpdateForm(on, status, progress, note, completedOn, reason, version);
		}

		/** The service's UpdateInput. */
		Map<String, @Nullable Object> request(Typed typed) {
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("on", typed.day("on", on));
			body.put("status", Forms.blankAsNull(status));
			body.put("progress", percent(typed));
			body.put("note", note);
			body.put("completedOn", typed.day("completedOn", completedOn));
			body.put("reason", Forms.blankAsNull(reason));
			return body;
		}

		/** "40" or "40%"; the service judges whether it is 100 at most. */
		private @Nullable Integer percent(Typed typed) {
			String percent = Forms.blankAsNull(progress);
			if (percent == null) {
				return null;
			}
			String digits = percent.endsWith("%") ? percent.substring(0, percent.length() - 1).strip() : percent;
			if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
				return typed.refuse("progress", "must be a whole number from 0 to 100");
			}
			return Integer.parseInt(digits);
		}

	}

	private final Plans plans;

	private final Services services;

	ActionsController(Plans plans, Services services) {
		this.plans = plans;
		this.services = services;
	}

	@GetMapping("/new")
	String blank(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID plan, Model model) {
		here.requireEditor();
		return form(slug, model, plans.plan(slug, plan), ActionForm.BLANK, null);
	}

	@PostMapping
	String add(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID plan, @ModelAttribute ActionForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Action> added = Forms.send(
				services.compacts().post().uri("/api/t/{slug}/plans/{plan}/actions", slug, plan), form::request, null,
				Action.class);
		if (added.isRefused()) {
			Forms.showRefusal(added.refused(), model, response);
			return form(slug, model, plans.plan(slug, plan), form, null);
		}
		Action action = added.body();
		return "redirect:/t/" + slug + "/workspace/plans/" + plan
				+ (action == null ? "" : "/actions/" + action.id() + "?done=added");
	}

	@GetMapping("/{id}")
	String action(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID plan, @PathVariable UUID id, @RequestParam(required = false) @Nullable String done,
			Model model) {
		Forms.banner(done, DONE, model);
		Action action = plans.action(slug, plan, id);
		return page(slug, model, action, UpdateForm.from(action));
	}

	@GetMapping("/{id}/edit")
	String edit(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID plan, @PathVariable UUID id, Model model) {
		here.requireEditor();
		Action action = plans.action(slug, plan, id);
		return form(slug, model, plans.plan(slug, plan), ActionForm.of(action), action);
	}

	/**
	 * Saves the details from the version the editor saw; when someone changed the action
	 * meanwhile (details or progress), the page shows it as it is now and keeps what was
	 * typed, to be saved over it knowingly.
	 */
	@PostMapping("/{id}")
	String save(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID plan, @PathVariable UUID id, @ModelAttribute ActionForm form, Model model,
			HttpServletResponse response) {
		here.requireEditor();
		Outcome<Action> saved = Forms.send(
				services.compacts().put().uri("/api/t/{slug}/plans/{plan}/actions/{id}", slug, plan, id), form::request,
				form.version(), Action.class);
		if (saved.isRefused()) {
			Forms.showRefusal(saved.refused(), model, response);
			Action current = plans.action(slug, plan, id);
			if (saved.refused().isStale()) {
				model.addAttribute("current", current);
			}
			return form(slug, model, plans.plan(slug, plan), form, current);
		}
		return "redirect:/t/" + slug + "/workspace/plans/" + plan + "/actions/" + id + "?done=saved";
	}

	/**
	 * Records progress on the action as the editor saw it. When someone recorded some
	 * meanwhile, the page shows the action and its history as they are now, and keeps
	 * what this editor typed, to be recorded again if it still stands.
	 */
	@PostMapping("/{id}/updates")
	String recordProgress(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID plan, @PathVariable UUID id, @ModelAttribute UpdateForm form, Model model,
			HttpServletResponse response) {
		here.requireEditor();
		Outcome<Action> recorded = Forms.send(
				services.compacts().post().uri("/api/t/{slug}/plans/{plan}/actions/{id}/updates", slug, plan, id),
				form::request, form.version(), Action.class);
		if (recorded.isRefused()) {
			Forms.showRefusal(recorded.refused(), model, response);
			Action current = plans.action(slug, plan, id);
			model.addAttribute("changedMeanwhile", recorded.refused().isStale());
			return page(slug, model, current, form.readAt(current.version()));
		}
		return "redirect:/t/" + slug + "/workspace/plans/" + plan + "/actions/" + id + "?done=progress#history";
	}

	private String page(String slug, Model model, Action action, UpdateForm form) {
		model.addAttribute("plan", plans.plan(slug, action.planId()));
		model.addAttribute("action", action);
		model.addAttribute("form", form);
		model.addAttribute("statuses", Status.values());
		return "plan/action";
	}

	private String form(String slug, Model model, Plan plan, ActionForm form, @Nullable Action action) {
		model.addAttribute("plan", plan);
		model.addAttribute("action", action);
		model.addAttribute("form", form);
		model.addAttribute("organisations", plans.organisations(slug));
		model.addAttribute("principles", plans.items(slug, "principles"));
		model.addAttribute("codes", plans.items(slug, "codes"));
		model.addAttribute("indicators", plans.indicators(slug));
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("ambitions", Ambition.values());
		return "plan/action-form";
	}

}

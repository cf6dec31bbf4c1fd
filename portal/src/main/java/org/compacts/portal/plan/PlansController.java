package org.compacts.portal.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Services;
import org.compacts.portal.plan.Choices.Visibility;
import org.compacts.portal.plan.Plans.Item;
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
 * The compact's action plans: members read the list, with how each plan's actions stand,
 * and a plan's actions, filtered by status or to the overdue ones; editors create a plan
 * and change its title, period and who may read it.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/plans")
class PlansController {

	private static final Map<String, String> DONE = Map.of("created", "The plan is created.", "saved",
			"The plan is saved.");

	/** What the editor typed; version is the one they saw, absent for a new plan. */
	record PlanForm(@Nullable String title, @Nullable String period, @Nullable String visibility,
			@Nullable Long version) {

		static final PlanForm BLANK = new PlanForm("", "", Visibility.COUNTY.name(), null);

		static PlanForm of(Plan plan) {
			return new PlanForm(plan.title(), plan.period(), plan.visibility().name(), plan.version());
		}

		Map<String, @Nullable Object> request() {
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("title", title);
			body.put("period", period == null ? null : period.strip());
			body.put("visibility", Forms.blankAsNull(visibility));
			return body;
		}

	}

	private final Plans plans;

	private final Services services;

	PlansController(Plans plans, Services services) {
		this.plans = plans;
		this.services = services;
	}

	@GetMapping
	String list(@PathVariable String slug, Model model) {
		model.addAttribute("plans", plans.all(slug));
		return "plan/plans";
	}

	@GetMapping("/new")
	String blank(@ModelAttribute(name = "here", binding = false) Here here, Model model) {
		here.requireEditor();
		return form(model, PlanForm.BLANK, null);
	}

	@PostMapping
	String create(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@ModelAttribute PlanForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Plan> created = Forms.send(services.compacts().post().uri("/api/t/{slug}/plans", slug),
				typed -> form.request(), null, Plan.class);
		if (created.isRefused()) {
			Forms.showRefusal(created.refused(), model, response);
			return form(model, form, null);
		}
		Plan plan = created.body();
		return "redirect:/t/" + slug + "/workspace/plans" + (plan == null ? "" : "/" + plan.id()) + "?done=created";
	}

	/**
	 * The plan and the actions its filters leave: status, overdue, a principle or code
	 * the action links to, its owner and not SMART, combined, as a plain GET form sends
	 * them, so the filter works without JavaScript. compact-service filters; what it
	 * would refuse (an unknown status, a code that is not the compact's) filters nothing
	 * here.
	 */
	@GetMapping("/{id}")
	String plan(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String overdue,
			@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String owner,
			@RequestParam(required = false) @Nullable String notSmart,
			@RequestParam(required = false) @Nullable String done,
			@RequestParam(required = false) @Nullable Integer count, Model model) {
		Forms.banner(done, DONE, model);
		if ("imported".equals(done) && count != null) {
			model.addAttribute("done", count + (count == 1 ? " action imported." : " actions imported."));
		}
		List<Item> items = new ArrayList<>(plans.items(slug, "principles"));
		items.addAll(plans.items(slug, "codes"));
		ActionFilter filter = ActionFilter.of(status, overdue, code, owner, notSmart, items);
		Plan plan = plans.plan(slug, id, filter);
		model.addAttribute("plan", plan);
		model.addAttribute("actions", plan.actions());
		model.addAttribute("statuses", Status.values());
		model.addAttribute("items", items);
		model.addAttribute("filter", filter);
		model.addAttribute("status", filter.status());
		model.addAttribute("overdueOnly", filter.overdue());
		model.addAttribute("filtered", filter.isAny());
		return "plan/plan";
	}

	@GetMapping("/{id}/edit")
	String edit(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, Model model) {
		here.requireEditor();
		Plan plan = plans.plan(slug, id);
		return form(model, PlanForm.of(plan), plan);
	}

	/**
	 * Saves the plan from the version the editor saw; when someone saved it meanwhile,
	 * the page shows what it says now and keeps what was typed, to be saved over it
	 * knowingly.
	 */
	@PostMapping("/{id}")
	String save(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute PlanForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Plan> saved = Forms.send(services.compacts().put().uri("/api/t/{slug}/plans/{id}", slug, id),
				typed -> form.request(), form.version(), Plan.class);
		if (saved.isRefused()) {
			Forms.showRefusal(saved.refused(), model, response);
			Plan current = plans.plan(slug, id);
			if (saved.refused().isStale()) {
				model.addAttribute("current", current);
			}
			return form(model, form, current);
		}
		return "redirect:/t/" + slug + "/workspace/plans/" + id + "?done=saved";
	}

	private static String form(Model model, PlanForm form, @Nullable Plan plan) {
		model.addAttribute("form", form);
		model.addAttribute("plan", plan);
		model.addAttribute("visibilities", Visibility.values());
		return "plan/plan-form";
	}

}

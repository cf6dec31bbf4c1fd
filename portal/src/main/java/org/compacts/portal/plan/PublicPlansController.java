package org.compacts.portal.plan;

import java.util.List;
import java.util.UUID;

import org.compacts.portal.backend.Services;
import org.compacts.portal.plan.Choices.Visibility;
import org.compacts.portal.plan.Plans.Plan;
import org.compacts.portal.plan.Plans.PlanSummary;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A compact's public action plans on its public site. Only what the compact made public
 * is shown here, whoever reads: a member signed in sees the members' plans in the
 * workspace, not on the public site.
 */
@Controller
class PublicPlansController {

	/** The compact as the site's breadcrumbs name it. */
	record Site(String slug, String name) {
	}

	private final Plans plans;

	private final Services services;

	PublicPlansController(Plans plans, Services services) {
		this.plans = plans;
		this.services = services;
	}

	@GetMapping("/t/{slug:[a-z0-9-]+}/plans")
	String plans(@PathVariable String slug, Model model) {
		model.addAttribute("compact", site(slug));
		List<PlanSummary> published = plans.all(slug)
			.stream()
			.filter(plan -> plan.visibility() == Visibility.PUBLIC)
			.toList();
		model.addAttribute("plans", published);
		return "plan/public-plans";
	}

	@GetMapping("/t/{slug:[a-z0-9-]+}/plans/{id}")
	String plan(@PathVariable String slug, @PathVariable UUID id, Model model) {
		model.addAttribute("compact", site(slug));
		Plan plan = plans.plan(slug, id);
		if (plan.visibility() != Visibility.PUBLIC) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("plan", plan);
		return "plan/public-plan";
	}

	private Site site(String slug) {
		return new Site(slug,
				Services.read(services.tenants().get().uri("/api/tenants/{slug}", slug), Site.class).name());
	}

}

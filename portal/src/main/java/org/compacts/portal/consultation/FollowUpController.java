package org.compacts.portal.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Refused;
import org.compacts.portal.backend.Services;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * After a consultation closes, in the workspace: its points with what respondents said,
 * the compact's answer to each ("you said, we did", which editors write, one page per
 * point) and the plan actions its aspirational points become, made in one step.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/consultations/{id}")
class FollowUpController {

	private static final Map<String, String> DONE = Map.of("answered", "The answer is saved: it is on the public site.",
			"planned", "The aspirational points are actions of the plan.", "none",
			"Every aspirational point is an action of a plan already: none was added.");

	private final Services services;

	FollowUpController(Services services) {
		this.services = services;
	}

	/** A plan of the compact, offered to add the actions to. */
	record PlanChoice(UUID id, String title, String period) {
	}

	/** A principle or code, offered as the one that changed. */
	record ItemChoice(UUID id, @Nullable Integer latestVersion, @Nullable Content content, String kindWords) {

		record Content(@Nullable String title) {
		}

		public String getTitle() {
			return content == null || content.title() == null ? id.toString() : content.title();
		}

	}

	@GetMapping("/points")
	String points(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		return pointsPage(slug, id, model);
	}

	/** Adds an action to the plan chosen for each aspirational point that has none. */
	@PostMapping("/plan-actions")
	String toPlan(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @RequestParam(required = false) @Nullable String planId, Model model,
			HttpServletResponse response) {
		here.requireEditor();
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("planId", Forms.blankAsNull(planId));
		Outcome<Point[]> made = Forms.send(
				services.compacts().post().uri("/api/t/{slug}/consultations/{id}/plan-actions", slug, id),
				typed -> body, null, Point[].class);
		if (made.isRefused()) {
			Forms.showRefusal(made.refused(), model, response);
			return pointsPage(slug, id, model);
		}
		boolean none = made.body() == null || made.body().length == 0;
		return "redirect:/t/" + slug + "/workspace/consultations/" + id + "/points?done=" + (none ? "none" : "planned");
	}

	@GetMapping("/answer")
	String answerForm(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer question,
			@RequestParam(required = false) @Nullable String anchor, Model model) {
		here.requireEditor();
		Point point = point(slug, id, question, anchor);
		Map<String, @Nullable String> typed = new LinkedHashMap<>();
		Point.Reply reply = point.reply();
		if (reply != null) {
			typed.put("text", reply.text());
			typed.put("itemId", reply.item() == null ? null : reply.item().itemId().toString());
			typed.put("itemVersion", reply.itemVersion() == null ? null : reply.itemVersion().toString());
		}
		return answerPage(slug, id, point, typed, model);
	}

	/**
	 * The first answer to the point, or a change of its answer from the version the
	 * editor saw.
	 */
	@PostMapping("/answer")
	String answer(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer question,
			@RequestParam(required = false) @Nullable String anchor,
			@RequestParam(required = false) @Nullable UUID replyId,
			@RequestParam(required = false) @Nullable Long version, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		here.requireEditor();
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("question", question);
		body.put("anchor", Forms.blankAsNull(anchor));
		body.put("text", form.get("text"));
		body.put("itemId", Forms.blankAsNull(form.get("itemId")));
		String typedVersion = Forms.blankAsNull(form.get("itemVersion"));
		boolean isNew = replyId == null;
		Outcome<Void> sent;
		if (typedVersion != null && !typedVersion.matches("[0-9]{1,6}")) {
			sent = new Outcome<>(null, null, Refused.of("itemVersion", "must be a whole number, as 2"));
		}
		else {
			body.put("itemVersion", typedVersion == null ? null : Integer.parseInt(typedVersion));
			sent = Forms.send(
					isNew ? services.compacts().post().uri("/api/t/{slug}/consultations/{id}/replies", slug, id)
							: services.compacts()
								.put()
								.uri("/api/t/{slug}/consultations/{id}/replies/{replyId}", slug, id, replyId),
					body, isNew ? null : version);
		}
		if (sent.isRefused()) {
			Forms.showRefusal(sent.refused().inFormNames(Map.of()), model, response);
			return answerPage(slug, id, point(slug, id, question, anchor), form, model);
		}
		return "redirect:/t/" + slug + "/workspace/consultations/" + id + "/points?done=answered";
	}

	private String pointsPage(String slug, UUID id, Model model) {
		model.addAttribute("consultation", consultation(slug, id));
		model.addAttribute("points", points(slug, id));
		model.addAttribute("plans",
				List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/plans", slug), PlanChoice[].class)));
		return "consultation/points";
	}

	private String answerPage(String slug, UUID id, Point point, Map<String, ? extends @Nullable String> typed,
			Model model) {
		model.addAttribute("consultation", consultation(slug, id));
		model.addAttribute("point", point);
		model.addAttribute("typed", typed);
		List<ItemChoice> items = new ArrayList<>();
		for (String kind : List.of("codes", "principles")) {
			String words = "codes".equals(kind) ? "Code" : "Principle";
			for (ItemChoice item : Services.read(services.compacts().get().uri("/api/t/{slug}/{kind}", slug, kind),
					ItemChoice[].class)) {
				items.add(new ItemChoice(item.id(), item.latestVersion(), item.content(), words));
			}
		}
		model.addAttribute("items", items);
		return "consultation/answer";
	}

	private Point point(String slug, UUID id, @Nullable Integer question, @Nullable String anchor) {
		return points(slug, id).stream()
			.filter(point -> question != null ? question.equals(point.question())
					: anchor != null && anchor.equals(point.anchor()))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private List<Point> points(String slug, UUID id) {
		return List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/consultations/{id}/points", slug, id),
				Point[].class));
	}

	private Consultation consultation(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/consultations/{id}", slug, id),
				Consultation.class);
	}

}

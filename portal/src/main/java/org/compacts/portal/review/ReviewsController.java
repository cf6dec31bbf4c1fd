package org.compacts.portal.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.DateInput;
import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Refused;
import org.compacts.portal.backend.Services;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A compact's annual reviews: members read every one; editors start the year's, answer
 * its questions, add and decide amendments, sign it off for the steering group and
 * publish it, each from the version they saw. A refusal shows the review as it is now,
 * with what was typed kept where the form can keep it.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/reviews")
class ReviewsController {

	private static final Map<String, String> DONE = Map.of("started", "The review is started.", "answers",
			"The answers are saved.", "amendment", "The amendment is added.", "decision", "The decision is recorded.",
			"sign-off", "The review is signed off: its figures are frozen.", "publication",
			"The review is published on the compact's site.");

	private final Services services;

	ReviewsController(Services services) {
		this.services = services;
	}

	/** An amendment as typed. */
	record AmendmentForm(@Nullable String suggestion, @Nullable String suggestedBy, @Nullable DateInput receivedOn) {

		static final AmendmentForm BLANK = new AmendmentForm("", "", DateInput.BLANK);

		AmendmentForm {
			receivedOn = DateInput.orBlank(receivedOn);
		}

	}

	@GetMapping
	String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		return list(slug, model, "");
	}

	@PostMapping
	String start(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@RequestParam(required = false) @Nullable String year, Model model, HttpServletResponse response) {
		here.requireEditor();
		String typed = year == null ? "" : year.strip();
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		// a number goes as one; anything else as typed, for the service to refuse naming
		// the year
		body.put("year", typed.matches("\\d{1,9}") ? Integer.valueOf(typed) : typed.isEmpty() ? null : typed);
		Outcome<Void> started = Forms.send(services.compacts().post().uri("/api/t/{slug}/reviews", slug),
				typed2 -> body, null);
		if (started.isRefused()) {
			Forms.showRefusal(started.refused(), model, response);
			return list(slug, model, typed);
		}
		return "redirect:/t/" + slug + "/workspace/reviews/" + typed + "?done=started";
	}

	@GetMapping("/{year}")
	String show(@PathVariable String slug, @PathVariable int year,
			@RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		return page(slug, year, model, null, AmendmentForm.BLANK);
	}

	@PostMapping("/{year}/answers")
	String answer(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable int year, @RequestParam(required = false) @Nullable List<String> question,
			@RequestParam(required = false) @Nullable List<String> answer,
			@RequestParam(required = false) @Nullable Long version, Model model, HttpServletResponse response) {
		here.requireEditor();
		List<String> questions = question == null ? List.of() : question;
		List<String> answers = answer == null ? List.of() : answer;
		List<Map<String, @Nullable String>> typed = new ArrayList<>();
		for (int index = 0; index < questions.size(); index++) {
			Map<String, @Nullable String> one = new LinkedHashMap<>();
			one.put("question", questions.get(index));
			one.put("answer", index < answers.size() ? Forms.blankAsNull(answers.get(index)) : null);
			typed.add(one);
		}
		Outcome<Void> saved = Forms.send(
				services.compacts().put().uri("/api/t/{slug}/reviews/{year}/answers", slug, year),
				Map.of("answers", typed), version);
		if (saved.isRefused()) {
			Forms.showRefusal(saved.refused(), model, response);
			return page(slug, year, model, typed, AmendmentForm.BLANK);
		}
		return done(slug, year, "answers");
	}

	@PostMapping("/{year}/amendments")
	String suggest(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable int year, @ModelAttribute("amendment") AmendmentForm form,
			@RequestParam(required = false) @Nullable Long version, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> added = Forms
			.send(services.compacts().post().uri("/api/t/{slug}/reviews/{year}/amendments", slug, year), typed -> {
				Map<String, @Nullable Object> body = new LinkedHashMap<>();
				body.put("suggestion", form.suggestion());
				body.put("suggestedBy", form.suggestedBy());
				body.put("receivedOn", typed.day("receivedOn", form.receivedOn()));
				return body;
			}, version);
		if (added.isRefused()) {
			Forms.showRefusal(added.refused(), model, response);
			return page(slug, year, model, null, form);
		}
		return done(slug, year, "amendment");
	}

	@PostMapping("/{year}/amendments/{amendmentId}/decision")
	String decide(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable int year, @PathVariable UUID amendmentId,
			@RequestParam(required = false) @Nullable String decision,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Long version, Model model, HttpServletResponse response) {
		here.requireEditor();
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("decision", Forms.blankAsNull(decision));
		body.put("reason", Forms.blankAsNull(reason));
		Outcome<Void> decided = Forms.send(
				services.compacts()
					.put()
					.uri("/api/t/{slug}/reviews/{year}/amendments/{id}/decision", slug, year, amendmentId),
				body, version);
		if (decided.isRefused()) {
			Refused refused = decided.refused();
			// one form per amendment: the summary links to this one's fields
			Forms.showRefusal(new Refused(refused.status(), refused.detail(),
					refused.errors()
						.stream()
						.map(error -> new Refused.FieldError(error.field() + "-" + amendmentId, error.reason()))
						.toList(),
					refused.currentVersion()), model, response);
			return page(slug, year, model, null, AmendmentForm.BLANK);
		}
		return done(slug, year, "decision");
	}

	/**
	 * Signs off or publishes the review as the page showed it; refused, the page shows it
	 * as it is now, with the reason (each unanswered question named).
	 */
	@PostMapping("/{year}/{step:sign-off|publication}")
	String step(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable int year, @PathVariable String step, @RequestParam(required = false) @Nullable Long version,
			Model model, HttpServletResponse response) {
		here.requireEditor();
		var request = services.compacts().post().uri("/api/t/{slug}/reviews/{year}/{step}", slug, year, step);
		if (version != null) {
			request.header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
		}
		Outcome<Void> moved = Outcome.of(request);
		if (moved.isRefused()) {
			Forms.showRefusal(moved.refused().inFormNames(Map.of()), model, response);
			return page(slug, year, model, null, AmendmentForm.BLANK);
		}
		return done(slug, year, step);
	}

	private String list(String slug, Model model, String year) {
		model.addAttribute("reviews",
				List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/reviews", slug), Review[].class)));
		model.addAttribute("year", year);
		return "review/reviews";
	}

	/**
	 * @param typed the answers as typed, shown instead of the review's after a refusal
	 */
	private String page(String slug, int year, Model model, @Nullable List<Map<String, @Nullable String>> typed,
			AmendmentForm amendment) {
		Review review = Services.read(services.compacts().get().uri("/api/t/{slug}/reviews/{year}", slug, year),
				Review.class);
		model.addAttribute("review", review);
		model.addAttribute("answers", typed != null ? typed : review.answers().stream().map(answer -> {
			Map<String, @Nullable String> one = new LinkedHashMap<>();
			one.put("question", answer.question());
			one.put("answer", answer.answer());
			return one;
		}).toList());
		model.addAttribute("amendment", amendment);
		return "review/review";
	}

	private static String done(String slug, int year, String done) {
		return "redirect:/t/" + slug + "/workspace/reviews/" + year + "?done=" + done;
	}

}

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
import org.compacts.portal.site.Markdown;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A compact's consultations in the workspace: members read them and respond for their
 * organisation; editors write a draft, open it (the compact's Consultation code judges
 * its window) and close it, each from the version they saw.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/consultations")
class ConsultationsController {

	private static final Map<String, String> DONE = Map.of("added", "The consultation is saved as a draft.", "opening",
			"The consultation is open.", "closing", "The consultation is closed: its results are public.", "saved",
			"The draft is saved.", "response",
			"Your response is saved. You may change it until the consultation closes.");

	private final Services services;

	private final Markdown markdown;

	ConsultationsController(Services services, Markdown markdown) {
		this.services = services;
		this.markdown = markdown;
	}

	@ModelAttribute("md")
	Markdown markdown() {
		return markdown;
	}

	/** An organisation of the signatory register, offered to respond for. */
	record Registered(UUID id, String name) {
	}

	@GetMapping
	String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		model.addAttribute("consultations", List.of(Services
			.read(services.compacts().get().uri("/api/t/{slug}/consultations", slug), Consultation[].class)));
		return "consultation/consultations";
	}

	@GetMapping("/new")
	String blank(@ModelAttribute(name = "here", binding = false) Here here, Model model) {
		here.requireEditor();
		model.addAttribute("form", ConsultationForm.blank());
		return formPage(here.slug(), model);
	}

	@PostMapping
	String add(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@ModelAttribute("form") ConsultationForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Consultation> added = Forms.send(services.compacts().post().uri("/api/t/{slug}/consultations", slug),
				form::request, null, Consultation.class);
		if (added.isRefused()) {
			Forms.showRefusal(added.refused().inFormNames(ConsultationForm.NAMES), model, response);
			return formPage(slug, model);
		}
		return "redirect:/t/" + slug + "/workspace/consultations"
				+ (added.body() == null ? "" : "/" + added.body().id()) + "?done=added";
	}

	@GetMapping("/{id}")
	String show(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) @Nullable String done,
			Model model) {
		Forms.banner(done, DONE, model);
		model.addAttribute("consultation", consultation(slug, id));
		return "consultation/consultation";
	}

	@GetMapping("/{id}/edit")
	String edit(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, Model model) {
		here.requireEditor();
		Consultation consultation = consultation(slug, id);
		model.addAttribute("form", ConsultationForm.of(consultation));
		model.addAttribute("consultation", consultation);
		return formPage(slug, model);
	}

	/** Saves the draft from the version the editor saw. */
	@PostMapping("/{id}")
	String save(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute("form") ConsultationForm form, Model model,
			HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> saved = Forms.send(services.compacts().put().uri("/api/t/{slug}/consultations/{id}", slug, id),
				form::request, form.version());
		if (saved.isRefused()) {
			Forms.showRefusal(saved.refused().inFormNames(ConsultationForm.NAMES), model, response);
			model.addAttribute("consultation", consultation(slug, id));
			return formPage(slug, model);
		}
		return "redirect:/t/" + slug + "/workspace/consultations/" + id + "?done=saved";
	}

	/**
	 * Opens or closes it as the page showed it; refused (its window too short without a
	 * reason, or it moved on meanwhile), the page shows it as it is now, with the reason.
	 */
	@PostMapping("/{id}/{step:opening|closing}")
	String step(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @PathVariable String step, @RequestParam(required = false) @Nullable Long version,
			Model model, HttpServletResponse response) {
		here.requireEditor();
		var request = services.compacts().post().uri("/api/t/{slug}/consultations/{id}/{step}", slug, id, step);
		if (version != null) {
			request.header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
		}
		Outcome<Void> moved = Outcome.of(request);
		if (moved.isRefused()) {
			Refused refused = moved.refused();
			String reason = refused.errors()
				.stream()
				.findFirst()
				.map(Refused.FieldError::reason)
				.orElse(refused.detail());
			Forms.showRefusal(new Refused(refused.status(), reason, List.of(), refused.currentVersion()), model,
					response);
			model.addAttribute("consultation", consultation(slug, id));
			return "consultation/consultation";
		}
		return "redirect:/t/" + slug + "/workspace/consultations/" + id + "?done=" + step;
	}

	/** One's own response as the service shows it. */
	record MyResponse(UUID id, @Nullable UUID organisationId, String respondentName, List<Map<String, Object>> answers,
			List<MyComment> comments, long version) {

		MyResponse {
			answers = answers == null ? List.of() : answers;
			comments = comments == null ? List.of() : comments;
		}

	}

	record MyComment(String anchor, String text, @Nullable String tag) {
	}

	/** The fields of a draft principle or code that comments are anchored to. */
	record DraftContent(@Nullable String aim, @Nullable String text, List<String> vcsUndertakings,
			List<String> publicSectorUndertakings, List<String> allPartnersCommitments) {

		DraftContent {
			vcsUndertakings = vcsUndertakings == null ? List.of() : vcsUndertakings;
			publicSectorUndertakings = publicSectorUndertakings == null ? List.of() : publicSectorUndertakings;
			allPartnersCommitments = allPartnersCommitments == null ? List.of() : allPartnersCommitments;
		}

		/** Each field by its anchor, as a person reads it. */
		List<Field> fields() {
			List<Field> fields = new ArrayList<>();
			if (aim != null) {
				fields.add(new Field("aim", "The aim"));
			}
			if (text != null) {
				fields.add(new Field("text", "The text"));
			}
			add(fields, "vcsUndertakings", "VCS undertaking", vcsUndertakings);
			add(fields, "publicSectorUndertakings", "Public sector undertaking", publicSectorUndertakings);
			add(fields, "allPartnersCommitments", "All partners' commitment", allPartnersCommitments);
			return fields;
		}

		private static void add(List<Field> fields, String name, String words, List<String> entries) {
			for (int i = 0; i < entries.size(); i++) {
				String entry = entries.get(i);
				fields.add(new Field(name + "[" + (i + 1) + "]",
						words + " " + (i + 1) + ": " + (entry.length() > 60 ? entry.substring(0, 59) + "…" : entry)));
			}
		}

	}

	record DraftVersion(DraftContent content) {
	}

	/** A field a comment may be anchored to. */
	record Field(String anchor, String label) {
	}

	/** How many empty comment rows the page offers beyond those written. */
	static final int SPARE_COMMENTS = 2;

	/**
	 * The response form, holding the reader's own response when they have written one: it
	 * is changed, from the version they saw, until the close.
	 */
	@GetMapping("/{id}/response")
	String respondForm(@PathVariable String slug, @PathVariable UUID id, Model model) {
		List<MyResponse> mine = List
			.of(Services.read(services.compacts().get().uri("/api/t/{slug}/consultations/{id}/responses", slug, id),
					MyResponse[].class));
		return respondPage(slug, id, mine.isEmpty() ? Map.of() : typed(mine.get(mine.size() - 1)), model);
	}

	/** A response as its form's fields hold it. */
	static Map<String, String> typed(MyResponse mine) {
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("responseId", mine.id().toString());
		typed.put("version", Long.toString(mine.version()));
		typed.put("organisationId", mine.organisationId() == null ? "" : mine.organisationId().toString());
		typed.put("respondentName", mine.respondentName());
		for (Map<String, Object> answer : mine.answers()) {
			Object question = answer.get("question");
			if (!(question instanceof Number number)) {
				continue;
			}
			int n = number.intValue();
			if (answer.get("rating") instanceof Number rating) {
				typed.put("answer-" + n, Integer.toString(rating.intValue()));
			}
			if (answer.get("yes") instanceof Boolean yes) {
				typed.put("answer-" + n, yes ? "yes" : "no");
			}
			for (String field : List.of("priority", "achievability", "text")) {
				if (answer.get(field) instanceof String value) {
					typed.put("answer-" + n, value);
				}
			}
			if (answer.get("choices") instanceof List<?> choices && !choices.isEmpty()) {
				// a single choice's option; a ranking's places and a multiple choice's
				// options each under their own name
				typed.put("answer-" + n, String.valueOf(choices.get(0)));
				for (int place = 0; place < choices.size(); place++) {
					typed.put("rank-" + n + "-" + choices.get(place), Integer.toString(place + 1));
					typed.put("chosen-" + n + "-" + choices.get(place), "on");
				}
			}
		}
		for (int i = 0; i < mine.comments().size(); i++) {
			MyComment comment = mine.comments().get(i);
			typed.put("commentAnchor-" + i, comment.anchor());
			typed.put("commentText-" + i, comment.text());
			typed.put("commentTag-" + i, comment.tag() == null ? "" : comment.tag());
		}
		return typed;
	}

	/** The comment rows typed, each anchored to a field; rows left empty are not sent. */
	static List<Map<String, @Nullable String>> comments(MultiValueMap<String, String> form) {
		List<Map<String, @Nullable String>> comments = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			String anchor = Forms.blankAsNull(form.getFirst("commentAnchor-" + i));
			String text = Forms.blankAsNull(form.getFirst("commentText-" + i));
			if (!form.containsKey("commentText-" + i) && !form.containsKey("commentAnchor-" + i)) {
				break;
			}
			if (text == null && anchor == null) {
				continue;
			}
			Map<String, @Nullable String> comment = new LinkedHashMap<>();
			comment.put("anchor", anchor == null ? "" : anchor);
			comment.put("text", text == null ? "" : text);
			comment.put("tag", Forms.blankAsNull(form.getFirst("commentTag-" + i)));
			comments.add(comment);
		}
		return comments;
	}

	/**
	 * The response as typed: each question's answer under answer-n, a ranking's places
	 * under rank-n-j (option j's place from 1), a multiple choice's options under
	 * chosen-n; a question left blank is not answered.
	 */
	@PostMapping("/{id}/response")
	String respond(@PathVariable String slug, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
			Model model, HttpServletResponse response) {
		Consultation consultation = consultation(slug, id);
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("organisationId", Forms.blankAsNull(form.getFirst("organisationId")));
		body.put("respondentName", form.getFirst("respondentName"));
		body.put("answers", answers(consultation.questions(), form));
		body.put("comments", comments(form));
		UUID responseId = parsed(form.getFirst("responseId"));
		Long version = Forms.blankAsNull(form.getFirst("version")) == null ? null
				: (long) number(form.getFirst("version"));
		Outcome<Void> sent = Forms.send(
				responseId == null
						? services.compacts().post().uri("/api/t/{slug}/consultations/{id}/responses", slug, id)
						: services.compacts()
							.put()
							.uri("/api/t/{slug}/consultations/{id}/responses/{responseId}", slug, id, responseId),
				body, responseId == null ? null : version);
		if (sent.isRefused()) {
			Forms.showRefusal(sent.refused(), model, response);
			return respondPage(slug, id, form.toSingleValueMap(), model);
		}
		return "redirect:/t/" + slug + "/workspace/consultations/" + id + "?done=response";
	}

	static List<Map<String, Object>> answers(List<Consultation.Question> questions,
			MultiValueMap<String, String> form) {
		List<Map<String, Object>> answers = new ArrayList<>();
		for (int n = 0; n < questions.size(); n++) {
			Consultation.Question question = questions.get(n);
			String typed = Forms.blankAsNull(form.getFirst("answer-" + n));
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("question", n);
			switch (question.type()) {
				case "RANKING" -> {
					Integer[] order = new Integer[question.options().size()];
					List<Integer> extra = new ArrayList<>();
					boolean any = false;
					for (int j = 0; j < order.length; j++) {
						String place = Forms.blankAsNull(form.getFirst("rank-" + n + "-" + j));
						if (place == null) {
							continue;
						}
						any = true;
						int p = number(place) - 1;
						if (p >= 0 && p < order.length && order[p] == null) {
							order[p] = j;
						}
						else {
							extra.add(j);
						}
					}
					if (!any) {
						continue;
					}
					// two options given one place: the service refuses the ranking,
					// naming it
					List<Integer> ranked = new ArrayList<>();
					for (Integer option : order) {
						if (option != null) {
							ranked.add(option);
						}
					}
					ranked.addAll(extra);
					if (ranked.size() < order.length || !extra.isEmpty()) {
						ranked.add(ranked.isEmpty() ? 0 : ranked.get(0));
					}
					answer.put("choices", ranked);
				}
				case "MULTIPLE_CHOICE" -> {
					List<String> chosen = form.getOrDefault("chosen-" + n, List.of());
					if (chosen.isEmpty()) {
						continue;
					}
					answer.put("choices", chosen.stream().map(ConsultationsController::number).toList());
				}
				default -> {
					if (typed == null) {
						continue;
					}
					switch (question.type()) {
						case "RATING" -> answer.put("rating", number(typed));
						case "SINGLE_CHOICE" -> answer.put("choices", List.of(number(typed)));
						case "YES_NO" -> answer.put("yes", "yes".equals(typed));
						case "PRIORITY" -> answer.put("priority", typed);
						case "ACHIEVABILITY" -> answer.put("achievability", typed);
						default -> answer.put("text", typed);
					}
				}
			}
			answers.add(answer);
		}
		return answers;
	}

	/** A number as the form posted it; anything else is -1, which the service refuses. */
	private static int number(String typed) {
		try {
			return Integer.parseInt(typed.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static @Nullable UUID parsed(@Nullable String typed) {
		try {
			return typed == null || typed.isBlank() ? null : UUID.fromString(typed.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private String respondPage(String slug, UUID id, Map<String, String> typed, Model model) {
		Consultation consultation = consultation(slug, id);
		model.addAttribute("consultation", consultation);
		model.addAttribute("typed", typed);
		List<Field> fields = List.of();
		Consultation.Link item = consultation.item();
		if (item != null && consultation.itemVersion() != null) {
			fields = Services
				.read(services.compacts()
					.get()
					.uri("/api/t/{slug}/{kind}/{item}/versions/{number}", slug,
							"CODE".equals(item.kind()) ? "codes" : "principles", item.itemId(),
							consultation.itemVersion()),
						DraftVersion.class)
				.content()
				.fields();
		}
		model.addAttribute("fields", fields);
		int written = 0;
		while (typed.containsKey("commentText-" + written) || typed.containsKey("commentAnchor-" + written)) {
			written++;
		}
		model.addAttribute("commentRows", fields.isEmpty() ? List.of()
				: java.util.stream.IntStream.range(0, written + SPARE_COMMENTS).boxed().toList());
		model.addAttribute("registered", List
			.of(Services.read(services.compacts().get().uri("/api/t/{slug}/organisations", slug), Registered[].class)));
		return "consultation/respond";
	}

	/**
	 * A principle or code whose latest version is in consultation, as the form offers it.
	 */
	record DraftChoice(String value, String label) {
	}

	/** The item lists' fields the choice needs. */
	record Listed(UUID id, String kind, int version, String status, Listed.Content content) {

		record Content(String title) {
		}

	}

	/**
	 * The form, with the drafts it may consult on: each principle and code whose latest
	 * version is in consultation.
	 */
	private String formPage(String slug, Model model) {
		List<DraftChoice> drafts = new ArrayList<>();
		for (String kind : List.of("principles", "codes")) {
			for (Listed item : Services.read(services.compacts().get().uri("/api/t/{slug}/{kind}", slug, kind),
					Listed[].class)) {
				if ("CONSULTATION".equals(item.status())) {
					drafts.add(new DraftChoice(item.id() + ":" + item.version(),
							("CODE".equals(item.kind()) ? "Code: " : "Principle: ") + item.content().title()
									+ ", version " + item.version()));
				}
			}
		}
		// the draft it was written on stays a choice when that version has moved on
		if (model.getAttribute("consultation") instanceof Consultation written && written.item() != null
				&& written.itemVersion() != null) {
			String value = written.item().itemId() + ":" + written.itemVersion();
			if (drafts.stream().noneMatch(draft -> draft.value().equals(value))) {
				drafts.add(0, new DraftChoice(value, ("CODE".equals(written.item().kind()) ? "Code: " : "Principle: ")
						+ written.item().title() + ", version " + written.itemVersion()));
			}
		}
		model.addAttribute("drafts", drafts);
		return "consultation/form";
	}

	private Consultation consultation(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/consultations/{id}", slug, id),
				Consultation.class);
	}

}

package org.compacts.portal.dispute;

import java.util.ArrayList;
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
import org.compacts.portal.dispute.DisputeBook.Deadlines;
import org.compacts.portal.dispute.DisputeBook.Dispute;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compact's disputes log, for its members only (compact-service refuses anyone else):
 * the list with its figures and a dispute with its history; editors raise one, move it on
 * (resolving or withdrawing it), write its anonymised summary and publish it once it is
 * resolved, and set the working days each stage has.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/disputes")
class DisputesController {

	private static final Map<String, String> DONE = Map.of("raised", "The dispute is logged.", "moved",
			"The dispute is moved on.", "summary", "The public summary is saved.", "published",
			"The summary is published on the compact's public site.", "unpublished",
			"The summary is taken off the public site.", "deadlines", "The deadlines are saved.", "described",
			"The dispute is changed.");

	/**
	 * A dispute as its editor raises it, or changes what it is about: up to three
	 * parties, each chosen from the register or typed (the inputs of one name are posted
	 * in order, so the lists line up).
	 *
	 * @param version the dispute's the editor saw when changing one; none when raising
	 */
	record RaiseForm(@Nullable String title, @Nullable String summary, @Nullable List<String> partyIds,
			@Nullable List<String> partyNames, @Nullable List<String> itemIds, @Nullable DateInput raisedOn,
			@Nullable String note, @Nullable Long version) {

		static final int PARTIES = 3;

		static final RaiseForm BLANK = new RaiseForm("", "", null, null, null, null, "", null);

		/** What the dispute is about as it is now, to change it. */
		static RaiseForm of(Dispute dispute) {
			List<String> ids = new ArrayList<>();
			List<String> names = new ArrayList<>();
			for (DisputeBook.Party party : dispute.parties()) {
				ids.add(party.organisationId() == null ? "" : party.organisationId().toString());
				names.add(party.organisationId() == null ? party.name() : "");
			}
			return new RaiseForm(dispute.title(), dispute.summary(), ids, names,
					dispute.links().stream().map(link -> link.itemId().toString()).toList(),
					DateInput.of(dispute.raisedOn()), "", dispute.version());
		}

		RaiseForm readAt(long seen) {
			return new RaiseForm(title, summary, partyIds, partyNames, itemIds, raisedOn, note, seen);
		}

		RaiseForm {
			partyIds = padded(partyIds);
			partyNames = padded(partyNames);
			itemIds = itemIds == null ? List.of() : itemIds;
			raisedOn = DateInput.orBlank(raisedOn);
		}

		private static List<String> padded(@Nullable List<String> typed) {
			List<String> values = new ArrayList<>(typed == null ? List.of() : typed);
			while (values.size() < PARTIES) {
				values.add("");
			}
			return values;
		}

		public boolean concerns(Object itemId) {
			return itemIds.contains(itemId.toString());
		}

		/**
		 * The service's RaiseInput: the first two parties always (a blank one is refused
		 * by the service, naming it), a third only when given.
		 */
		Map<String, @Nullable Object> request(Typed typed) {
			Map<String, @Nullable Object> body = details();
			body.put("raisedOn", typed.day("raisedOn", raisedOn));
			body.put("note", Forms.blankAsNull(note));
			return body;
		}

		/** The service's DetailsInput: what a change may change. */
		Map<String, @Nullable Object> details() {
			List<Map<String, @Nullable Object>> parties = new ArrayList<>();
			for (int i = 0; i < PARTIES; i++) {
				String id = Forms.blankAsNull(partyIds.get(i));
				String name = Forms.blankAsNull(partyNames.get(i));
				if (i >= 2 && id == null && name == null) {
					continue;
				}
				Map<String, @Nullable Object> party = new LinkedHashMap<>();
				party.put("organisationId", id);
				party.put("name", name);
				parties.add(party);
			}
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("title", title);
			body.put("summary", summary);
			body.put("parties", parties);
			body.put("itemIds", itemIds);
			return body;
		}

	}

	/** A move as the editor made it; version is the dispute's they saw. */
	record MoveForm(@Nullable String stage, @Nullable DateInput on, @Nullable String note, @Nullable String outcome,
			@Nullable String reason, @Nullable Long version) {

		MoveForm {
			on = DateInput.orBlank(on);
		}

		static MoveForm from(Dispute dispute) {
			return new MoveForm("", DateInput.BLANK, "", "", "", dispute.version());
		}

		MoveForm readAt(long version) {
			return new MoveForm(stage, on, note, outcome, reason, version);
		}

		Map<String, @Nullable Object> request(Typed typed) {
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("stage", Forms.blankAsNull(stage));
			body.put("on", typed.day("on", on));
			body.put("note", Forms.blankAsNull(note));
			body.put("outcome", Forms.blankAsNull(outcome));
			body.put("reason", Forms.blankAsNull(reason));
			return body;
		}

	}

	/** The anonymised summary as typed; version is the dispute's they saw. */
	record SummaryForm(@Nullable String publicSummary, @Nullable Long version) {

		static SummaryForm from(Dispute dispute) {
			return new SummaryForm(dispute.publicSummary() == null ? "" : dispute.publicSummary(), dispute.version());
		}

	}

	/** Working days per stage as typed; version 0 while the defaults hold. */
	record DeadlinesForm(@Nullable String raised, @Nullable String informalResolution, @Nullable String localProcedure,
			@Nullable String mediation, @Nullable String advocacy, @Nullable String ombudsman, @Nullable Long version) {

		static DeadlinesForm of(Deadlines deadlines) {
			return new DeadlinesForm(Integer.toString(deadlines.raised()),
					Integer.toString(deadlines.informalResolution()), Integer.toString(deadlines.localProcedure()),
					Integer.toString(deadlines.mediation()), Integer.toString(deadlines.advocacy()),
					Integer.toString(deadlines.ombudsman()), deadlines.version());
		}

		/** The typed value of a stage's field, by the service's field name. */
		public @Nullable String of(String field) {
			return switch (field) {
				case "raised" -> raised;
				case "informalResolution" -> informalResolution;
				case "localProcedure" -> localProcedure;
				case "mediation" -> mediation;
				case "advocacy" -> advocacy;
				default -> ombudsman;
			};
		}

		Map<String, @Nullable Object> request(Typed typed) {
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			for (String field : FIELDS.values()) {
				body.put(field, days(typed, field, of(field)));
			}
			return body;
		}

		/**
		 * A whole number, or refused before the service is asked; blank is the service's
		 * to refuse.
		 */
		private static @Nullable Integer days(Typed typed, String field, @Nullable String value) {
			String days = Forms.blankAsNull(value);
			if (days == null) {
				return null;
			}
			if (days.length() > 3 || !days.chars().allMatch(Character::isDigit)) {
				return typed.refuse(field, "must be a whole number of working days");
			}
			return Integer.parseInt(days);
		}

	}

	/** The service's field of each open stage's working days. */
	static final Map<Stage, String> FIELDS = fields();

	private static Map<Stage, String> fields() {
		Map<Stage, String> fields = new LinkedHashMap<>();
		fields.put(Stage.RAISED, "raised");
		fields.put(Stage.INFORMAL_RESOLUTION, "informalResolution");
		fields.put(Stage.LOCAL_PROCEDURE, "localProcedure");
		fields.put(Stage.MEDIATION, "mediation");
		fields.put(Stage.ADVOCACY, "advocacy");
		fields.put(Stage.OMBUDSMAN, "ombudsman");
		return fields;
	}

	private final DisputeBook book;

	private final Services services;

	DisputesController(DisputeBook book, Services services) {
		this.book = book;
		this.services = services;
	}

	@GetMapping
	String list(@PathVariable String slug, Model model) {
		model.addAttribute("disputes", book.all(slug));
		model.addAttribute("figures", book.figures(slug));
		model.addAttribute("openStages", Stage.open());
		return "dispute/disputes";
	}

	@GetMapping("/new")
	String blank(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug, Model model) {
		here.requireEditor();
		return form(slug, model, RaiseForm.BLANK);
	}

	@PostMapping
	String raise(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@ModelAttribute RaiseForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Dispute> raised = Forms.send(services.compacts().post().uri("/api/t/{slug}/disputes", slug),
				form::request, null, Dispute.class);
		if (raised.isRefused()) {
			Forms.showRefusal(raised.refused(), model, response);
			return form(slug, model, form);
		}
		Dispute dispute = raised.body();
		return "redirect:/t/" + slug + "/workspace/disputes" + (dispute == null ? "" : "/" + dispute.id())
				+ "?done=raised";
	}

	@GetMapping("/deadlines")
	String deadlines(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		Deadlines deadlines = book.deadlines(slug);
		return deadlinesPage(model, deadlines, DeadlinesForm.of(deadlines));
	}

	/**
	 * Saves the deadlines from the version the editor saw; when another saved them
	 * meanwhile, the page shows them as they are now and keeps what was typed.
	 */
	@PostMapping("/deadlines")
	String setDeadlines(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@ModelAttribute DeadlinesForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> saved = Forms.send(services.compacts().put().uri("/api/t/{slug}/disputes/deadlines", slug),
				form::request, form.version() == null ? 0L : form.version());
		if (saved.isRefused()) {
			Forms.showRefusal(saved.refused(), model, response);
			Deadlines current = book.deadlines(slug);
			model.addAttribute("changedMeanwhile", saved.refused().isStale());
			return deadlinesPage(model, current, new DeadlinesForm(form.raised(), form.informalResolution(),
					form.localProcedure(), form.mediation(), form.advocacy(), form.ombudsman(), current.version()));
		}
		return "redirect:/t/" + slug + "/workspace/disputes/deadlines?done=deadlines";
	}

	@GetMapping("/{id}")
	String dispute(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		Dispute dispute = book.dispute(slug, id);
		return page(model, dispute, MoveForm.from(dispute), SummaryForm.from(dispute));
	}

	@GetMapping("/{id}/edit")
	String edit(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, Model model) {
		here.requireEditor();
		model.addAttribute("disputeId", id);
		return form(slug, model, RaiseForm.of(book.dispute(slug, id)));
	}

	/**
	 * Changes what the dispute is about from the version the editor saw; when someone
	 * changed or moved it meanwhile, the form shows it as it is now and keeps what this
	 * editor typed.
	 */
	@PostMapping("/{id}")
	String describe(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute RaiseForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> described = Forms.send(services.compacts().put().uri("/api/t/{slug}/disputes/{id}", slug, id),
				form.details(), form.version());
		if (described.isRefused()) {
			Forms.showRefusal(described.refused(), model, response);
			Dispute current = book.dispute(slug, id);
			model.addAttribute("changedMeanwhile", described.refused().isStale());
			model.addAttribute("current", current);
			model.addAttribute("disputeId", id);
			return form(slug, model, form.readAt(current.version()));
		}
		return "redirect:/t/" + slug + "/workspace/disputes/" + id + "?done=described";
	}

	/**
	 * Moves the dispute on from the version the editor saw; when someone moved or changed
	 * it meanwhile, the page shows it as it is now and keeps what this editor typed.
	 */
	@PostMapping("/{id}/stages")
	String move(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute MoveForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> moved = Forms.send(services.compacts().post().uri("/api/t/{slug}/disputes/{id}/stages", slug, id),
				form::request, form.version());
		if (moved.isRefused()) {
			Forms.showRefusal(moved.refused(), model, response);
			Dispute current = book.dispute(slug, id);
			model.addAttribute("changedMeanwhile", moved.refused().isStale());
			return page(model, current, form.readAt(current.version()), SummaryForm.from(current));
		}
		return "redirect:/t/" + slug + "/workspace/disputes/" + id + "?done=moved#history";
	}

	@PostMapping("/{id}/public-summary")
	String writeSummary(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute SummaryForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("publicSummary", form.publicSummary());
		Outcome<Void> saved = Forms.send(
				services.compacts().put().uri("/api/t/{slug}/disputes/{id}/public-summary", slug, id), body,
				form.version());
		if (saved.isRefused()) {
			Forms.showRefusal(saved.refused(), model, response);
			Dispute current = book.dispute(slug, id);
			model.addAttribute("summaryChangedMeanwhile", saved.refused().isStale());
			return page(model, current, MoveForm.from(current),
					new SummaryForm(form.publicSummary(), current.version()));
		}
		return "redirect:/t/" + slug + "/workspace/disputes/" + id + "?done=summary#public-summary";
	}

	@PostMapping("/{id}/publication")
	String publish(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version, Model model,
			HttpServletResponse response) {
		return publication(here, slug, id, HttpMethod.POST, version, "published", model, response);
	}

	@PostMapping("/{id}/publication/removal")
	String unpublish(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version, Model model,
			HttpServletResponse response) {
		return publication(here, slug, id, HttpMethod.DELETE, version, "unpublished", model, response);
	}

	private String publication(Here here, String slug, UUID id, HttpMethod method, @Nullable Long version, String done,
			Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> changed = Forms.send(services.compacts()
			.method(method)
			.uri("/api/t/{slug}/disputes/{id}/public-summary/publication", slug, id), Map.of(), version);
		if (changed.isRefused()) {
			Forms.showRefusal(changed.refused(), model, response);
			Dispute current = book.dispute(slug, id);
			return page(model, current, MoveForm.from(current), SummaryForm.from(current));
		}
		return "redirect:/t/" + slug + "/workspace/disputes/" + id + "?done=" + done + "#public-summary";
	}

	private String page(Model model, Dispute dispute, MoveForm move, SummaryForm summary) {
		model.addAttribute("dispute", dispute);
		model.addAttribute("form", move);
		model.addAttribute("summaryForm", summary);
		return "dispute/dispute";
	}

	private String form(String slug, Model model, RaiseForm form) {
		model.addAttribute("form", form);
		model.addAttribute("organisations", book.organisations(slug));
		model.addAttribute("principles", book.items(slug, "principles"));
		model.addAttribute("codes", book.items(slug, "codes"));
		return "dispute/dispute-form";
	}

	private static String deadlinesPage(Model model, Deadlines deadlines, DeadlinesForm form) {
		model.addAttribute("deadlines", deadlines);
		model.addAttribute("form", form);
		model.addAttribute("fields", FIELDS);
		return "dispute/deadlines";
	}

}

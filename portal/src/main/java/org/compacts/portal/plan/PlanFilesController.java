package org.compacts.portal.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Refused;
import org.compacts.portal.backend.Services;
import org.compacts.portal.plan.Plans.Owner;
import org.compacts.portal.site.Dates;
import org.compacts.portal.site.Pdfs;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A plan as files: its editors import actions from a spreadsheet saved as CSV (whole or
 * nothing, each error naming its line and column); its members download its actions and
 * indicators as CSV and a report of it as PDF. Every file is read as the visitor, so it
 * holds no more than the plan's page.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/plans/{id}")
class PlanFilesController {

	static final MediaType CSV = new MediaType("text", "csv");

	/** What compact-service answers to an import. */
	record Imported(int imported) {
	}

	/** The plan as its report shows it. */
	record Report(UUID id, String title, String period, long version, List<ReportAction> actions) {
	}

	record ReportAction(String title, @Nullable Owner owner, @Nullable LocalDate dueOn, Status status, int progress,
			@Nullable List<IndicatorLink> indicators) {

		public String getOwnedBy() {
			return owner == null ? "" : owner.getNamed();
		}

	}

	/** An indicator an action moves, and its RAG: GREEN, AMBER, RED or NONE. */
	record IndicatorLink(UUID id, String name, String rag) {

		/** The words, never the colour alone. */
		public String getRagLabel() {
			return switch (rag) {
				case "GREEN" -> "Green";
				case "AMBER" -> "Amber";
				case "RED" -> "Red";
				default -> "No readings";
			};
		}

	}

	private final Services services;

	private final ITemplateEngine templates;

	private final Dates dates;

	PlanFilesController(Services services, ITemplateEngine templates, Dates dates) {
		this.services = services;
		this.templates = templates;
		this.dates = dates;
	}

	@GetMapping("/import")
	String importForm(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, Model model) {
		here.requireEditor();
		return form(model, report(slug, id));
	}

	/**
	 * Sends the file as it is, with the version of the plan the editor saw; a refusal
	 * lists every error by line and column above the form.
	 */
	@PostMapping("/import")
	String importFile(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable Long version, Model model, HttpServletResponse response)
			throws IOException {
		here.requireEditor();
		if (file == null || file.isEmpty()) {
			model.addAttribute("refused", Refused.of("file", "Select a CSV file"));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, report(slug, id));
		}
		var request = services.compacts()
			.post()
			.uri("/api/t/{slug}/plans/{id}/actions/import", slug, id)
			.contentType(CSV)
			.body(file.getBytes());
		if (version != null) {
			request.header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
		}
		Outcome<Imported> imported = Outcome.of(request, Imported.class);
		if (imported.isRefused()) {
			Refused refused = imported.refused();
			if (refused.isForbidden() || refused.isNotFound()) {
				throw new ResponseStatusException(HttpStatus.valueOf(refused.status()));
			}
			model.addAttribute("refused", refused);
			response.setStatus(refused.status());
			return form(model, report(slug, id));
		}
		int count = imported.body() == null ? 0 : imported.body().imported();
		return "redirect:/t/" + slug + "/workspace/plans/" + id + "?done=imported&count=" + count;
	}

	@GetMapping("/actions.csv")
	ResponseEntity<byte[]> actions(@PathVariable String slug, @PathVariable UUID id) {
		return download(slug, id, "actions");
	}

	@GetMapping("/indicators.csv")
	ResponseEntity<byte[]> indicators(@PathVariable String slug, @PathVariable UUID id) {
		return download(slug, id, "indicators");
	}

	/**
	 * The plan on paper: its actions with owner, due day, status, progress and
	 * indicators.
	 */
	@GetMapping(path = "/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> report(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, HttpServletRequest request) {
		Report plan = report(slug, id);
		Context context = new Context(Locale.UK);
		context.setVariable("plan", plan);
		context.setVariable("here", here);
		context.setVariable("dates", dates);
		String html = templates.process("plan/report", context);
		String base = ServletUriComponentsBuilder.fromContextPath(request).path("/").toUriString();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(plan.period() + "-plan.pdf").build().toString())
			.body(Pdfs.render(html, base));
	}

	/** The service's CSV as a file named for the plan's period: 2027-28-actions.csv. */
	private ResponseEntity<byte[]> download(String slug, UUID id, String what) {
		Report plan = report(slug, id);
		byte[] csv = Services.read(
				services.compacts().get().uri("/api/t/{slug}/plans/{id}/" + what + ".csv", slug, id).accept(CSV),
				byte[].class);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(plan.period() + "-" + what + ".csv").build().toString())
			.body(csv);
	}

	private Report report(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/plans/{id}", slug, id), Report.class);
	}

	private static String form(Model model, Report plan) {
		model.addAttribute("plan", plan);
		return "plan/import";
	}

	/** A member without the editor role is refused before anything is sent. */

}

package org.compacts.portal.document;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Refused;
import org.compacts.portal.backend.Services;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The prose sections of a compact's document: every member reads them here, its editors
 * write them. A section is put whole, naming the version the editor saw, so an edit made
 * meanwhile is shown to them instead of overwritten.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/sections")
class SectionsController {

	/**
	 * The sections a document has, in the order it reads, as compact-service names them.
	 */
	enum Key {

		FOREWORD("Foreword"), INTRODUCTION("Introduction"), IMPLEMENTATION("Implementation"),
		COMPLIANCE_AND_RESOLUTION("Compliance and resolution"), MONITORING_AND_REVIEW("Monitoring and review");

		private final String title;

		Key(String title) {
			this.title = title;
		}

		String slug() {
			return name().toLowerCase().replace('_', '-');
		}

		static Key ofSlug(String slug) {
			return Arrays.stream(values())
				.filter(key -> key.slug().equals(slug))
				.findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}

	}

	record Section(String key, String title, String body, long version, @Nullable String updatedBy,
			@Nullable Instant updatedAt) {
	}

	/** A line of the list: the section if it is written yet. */
	record Entry(String key, String defaultTitle, @Nullable Section section) {
	}

	/** What the editor typed; version is absent for a section not yet written. */
	record SectionForm(@Nullable String title, @Nullable String body, @Nullable Long version) {

		Map<String, String> request() {
			return Map.of("title", title == null ? "" : title, "body", body == null ? "" : body);
		}

	}

	private final Services services;

	SectionsController(Services services) {
		this.services = services;
	}

	@GetMapping
	String list(@PathVariable String slug, Model model) {
		Map<String, Section> written = Arrays
			.stream(Services.read(services.compacts().get().uri("/api/t/{slug}/document/sections", slug),
					Section[].class))
			.collect(Collectors.toMap(Section::key, Function.identity()));
		List<Entry> entries = Arrays.stream(Key.values())
			.map(key -> new Entry(key.slug(), key.title, written.get(key.slug())))
			.toList();
		model.addAttribute("entries", entries);
		return "document/sections";
	}

	@GetMapping("/{key}")
	String edit(@PathVariable String slug, @PathVariable String key, Model model) {
		Key section = Key.ofSlug(key);
		Section current = current(slug, section);
		model.addAttribute("key", section.slug());
		model.addAttribute("form", current == null ? new SectionForm(section.title, "", null)
				: new SectionForm(current.title(), current.body(), current.version()));
		return "document/section";
	}

	@PostMapping("/{key}")
	String save(@PathVariable String slug, @PathVariable String key, @ModelAttribute SectionForm form, Model model,
			HttpServletResponse response) {
		Key section = Key.ofSlug(key);
		var put = services.compacts()
			.put()
			.uri("/api/t/{slug}/document/sections/{key}", slug, section.slug())
			.contentType(MediaType.APPLICATION_JSON)
			.body(form.request());
		if (form.version() != null) {
			put.header(HttpHeaders.IF_MATCH, "\"" + form.version() + "\"");
		}
		Outcome<Void> saved = Outcome.of(put);
		if (saved.isRefused()) {
			Refused refused = saved.refused();
			if (refused.isForbidden() || refused.isNotFound()) {
				throw new ResponseStatusException(HttpStatus.valueOf(refused.status()));
			}
			model.addAttribute("refused", refused);
			model.addAttribute("key", section.slug());
			model.addAttribute("form", form);
			if (refused.isStale()) {
				// what changed since: the section as it is now, beside what the editor
				// typed
				model.addAttribute("current", current(slug, section));
			}
			response.setStatus(refused.status());
			return "document/section";
		}
		return "redirect:/t/" + slug + "/workspace/sections?done=" + section.slug();
	}

	private @Nullable Section current(String slug, Key key) {
		return services.compacts()
			.get()
			.uri("/api/t/{slug}/document/sections/{key}", slug, key.slug())
			.exchange((request, answer) -> {
				if (answer.getStatusCode().value() == 404) {
					return null;
				}
				if (!answer.getStatusCode().is2xxSuccessful()) {
					throw new ResponseStatusException(answer.getStatusCode());
				}
				return answer.bodyTo(Section.class);
			});
	}

}

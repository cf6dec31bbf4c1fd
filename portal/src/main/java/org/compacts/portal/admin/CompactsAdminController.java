package org.compacts.portal.admin;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.admin.CompactForms.Change;
import org.compacts.portal.admin.CompactForms.NewCompact;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Refused;
import org.compacts.portal.backend.Services;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The register of compacts, for platform admins: tenant-service decides every change (and
 * that the visitor may make it); these pages only ask, and show its refusals on the form.
 * {@link PlatformAdminOnly} has turned everyone else away before a handler runs.
 */
@Controller
@RequestMapping("/admin/compacts")
class CompactsAdminController {

	private static final String SLUG = "/{slug:[a-z][a-z0-9-]{1,62}}";

	private final Services services;

	CompactsAdminController(Services services) {
		this.services = services;
	}

	@GetMapping
	String list(Model model) {
		List<Compact> all = all();
		model.addAttribute("compacts", all);
		model.addAttribute("names", names(all));
		return "admin/compacts";
	}

	@GetMapping("/new")
	String creating(Model model) {
		return newPage(NewCompact.empty(), null, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute NewCompact form, Model model, HttpServletResponse response) {
		List<Refused.FieldError> unanswered = form.unanswered();
		Refused refused;
		if (!unanswered.isEmpty()) {
			refused = new Refused(400, "The form has fields that are not valid.", unanswered, null);
		}
		else {
			Outcome<Void> created = Outcome.of(services.tenants()
				.post()
				.uri("/api/tenants")
				.contentType(MediaType.APPLICATION_JSON)
				.body(form.request()));
			if (!created.isRefused()) {
				return "redirect:/admin/compacts?done=created";
			}
			refused = created.refused();
			if (refused.isForbidden()) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			}
		}
		response.setStatus(refused.status());
		return newPage(form, refused, model);
	}

	@GetMapping(SLUG)
	String editing(@PathVariable String slug, Model model) {
		Compact compact = one(slug);
		return editPage(compact, Change.of(compact), null, model);
	}

	@PostMapping(SLUG)
	String change(@PathVariable String slug, @ModelAttribute Change form, Model model, HttpServletResponse response) {
		// name and profile go back as they are: PUT replaces the whole, and a field left
		// out would be cleared
		Compact current = one(slug);
		var put = services.tenants()
			.put()
			.uri("/api/tenants/{slug}", slug)
			.contentType(MediaType.APPLICATION_JSON)
			.body(form.request(current));
		if (form.version() != null) {
			put.header(HttpHeaders.IF_MATCH, etag(form.version()));
		}
		Outcome<Void> saved = Outcome.of(put);
		if (!saved.isRefused()) {
			return "redirect:/admin/compacts?done=changed";
		}
		Refused refused = throwIfNotTheFormsToShow(saved.refused());
		response.setStatus(refused.status());
		if (refused.isStale()) {
			Compact now = one(slug);
			model.addAttribute("changedMeanwhile", true);
			return editPage(now, form.from(now.version()), new Refused(refused.status(),
					"Someone changed this compact while you were making your change. It is shown below as it is now; "
							+ "your choice is kept: check it, then save again to make it.",
					List.of(), refused.currentVersion()), model);
		}
		return editPage(current, form, refused, model);
	}

	@GetMapping(SLUG + "/archive")
	String confirmArchive(@PathVariable String slug, Model model) {
		return archivePage(one(slug), null, model);
	}

	@PostMapping(SLUG + "/archive")
	String archive(@PathVariable String slug, @RequestParam(required = false) @Nullable Long version, Model model,
			HttpServletResponse response) {
		var post = services.tenants().post().uri("/api/tenants/{slug}/archive", slug);
		if (version != null) {
			// what was confirmed is what gets archived: not a compact moved meanwhile
			post.header(HttpHeaders.IF_MATCH, etag(version));
		}
		Outcome<Void> archived = Outcome.of(post);
		if (!archived.isRefused()) {
			return "redirect:/admin/compacts?done=archived";
		}
		Refused refused = throwIfNotTheFormsToShow(archived.refused());
		response.setStatus(refused.status());
		if (refused.isStale()) {
			refused = new Refused(refused.status(),
					"Someone changed this compact since you opened this page. Check it as it is now below, "
							+ "then confirm again.",
					List.of(), refused.currentVersion());
		}
		return archivePage(one(slug), refused, model);
	}

	private String newPage(NewCompact form, @Nullable Refused refused, Model model) {
		List<Compact> active = all().stream().filter(compact -> !compact.archived()).toList();
		model.addAttribute("form", form);
		model.addAttribute("refused", refused);
		model.addAttribute("counties", ofLevel(active, Compact.COUNTY));
		model.addAttribute("nationals", ofLevel(active, Compact.NATIONAL));
		model.addAttribute("adoptions", Compact.ADOPTIONS);
		return "admin/new";
	}

	private String editPage(Compact compact, Change form, @Nullable Refused refused, Model model) {
		List<Compact> all = all();
		String parentLevel = compact.parentLevel();
		List<Compact> parents = parentLevel == null ? List.of()
				: ofLevel(all, parentLevel).stream()
					.filter(candidate -> !candidate.archived() && !candidate.slug().equals(compact.slug()))
					.toList();
		model.addAttribute("compact", compact);
		model.addAttribute("form", form);
		model.addAttribute("refused", refused);
		model.addAttribute("parents", parents);
		model.addAttribute("names", names(all));
		model.addAttribute("adoptions", Compact.ADOPTIONS);
		return "admin/edit";
	}

	private String archivePage(Compact compact, @Nullable Refused refused, Model model) {
		List<Compact> all = all();
		model.addAttribute("compact", compact);
		model.addAttribute("refused", refused);
		model.addAttribute("names", names(all));
		model.addAttribute("children",
				all.stream().filter(child -> compact.slug().equals(child.parentSlug()) && !child.archived()).toList());
		return "admin/archive";
	}

	/**
	 * A compact that is gone, or a change not allowed, is the page's answer, not the
	 * form's.
	 */
	private static Refused throwIfNotTheFormsToShow(Refused refused) {
		if (refused.isNotFound() || refused.isForbidden()) {
			throw new ResponseStatusException(HttpStatus.valueOf(refused.status() == 401 ? 403 : refused.status()));
		}
		return refused;
	}

	/** Every compact, archived ones too: an admin sees the whole register. */
	private List<Compact> all() {
		return Arrays
			.asList(Services.read(services.tenants().get().uri("/api/tenants?archived=true"), Compact[].class));
	}

	private Compact one(String slug) {
		return Services.read(services.tenants().get().uri("/api/tenants/{slug}", slug), Compact.class);
	}

	private static List<Compact> ofLevel(List<Compact> compacts, String level) {
		return compacts.stream()
			.filter(compact -> level.equals(compact.level()))
			.sorted(Comparator.comparing(Compact::name))
			.toList();
	}

	private static Map<String, String> names(List<Compact> compacts) {
		return compacts.stream().collect(Collectors.toMap(Compact::slug, Compact::name, (a, b) -> a));
	}

	private static String etag(long version) {
		return "\"" + version + "\"";
	}

}

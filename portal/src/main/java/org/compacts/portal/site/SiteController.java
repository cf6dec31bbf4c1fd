package org.compacts.portal.site;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.compacts.portal.site.Compact.Page;
import org.compacts.portal.site.Reads.Item;
import org.compacts.portal.site.Reads.Organisation;
import org.compacts.portal.site.Reads.Signature;
import org.compacts.portal.site.Reads.Term;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The pages of the public site. Each reads as its visitor and renders on the server:
 * nothing needs JavaScript.
 */
@Controller
class SiteController {

	private static final String SLUG = "{slug:[a-z][a-z0-9-]{1,62}}";

	private static final String KIND = "{collection:principles|codes}";

	private final CompactSites sites;

	private final Markdown markdown;

	private final Dates dates;

	SiteController(CompactSites sites, Markdown markdown, Dates dates) {
		this.sites = sites;
		this.markdown = markdown;
		this.dates = dates;
	}

	@ModelAttribute("md")
	Markdown markdown() {
		return markdown;
	}

	@ModelAttribute("dates")
	Dates dates() {
		return dates;
	}

	@GetMapping("/")
	String home(@RequestParam(name = "q", required = false) String query, Authentication visitor, Model model) {
		if (query != null && query.length() > 100) {
			query = query.substring(0, 100);
		}
		try {
			model.addAttribute("directory", sites.directory(query, visitor));
		}
		catch (RestClientException ex) {
			// The home page still says what a compact is, and how to sign in, while the
			// register cannot be read.
			model.addAttribute("directory", Directory.of(List.of(), query));
			model.addAttribute("directoryUnavailable", true);
		}
		return "home";
	}

	@GetMapping("/t/" + SLUG)
	String contents(@PathVariable String slug, Authentication visitor, Model model) {
		Compact compact = compact(slug, false, visitor, model);
		model.addAttribute("pages", compact.pages());
		return "site/contents";
	}

	@GetMapping("/t/" + SLUG + "/sections/{key}")
	String section(@PathVariable String slug, @PathVariable String key, Authentication visitor, Model model) {
		Compact compact = compact(slug, false, visitor, model);
		return page(compact, "/t/" + slug + "/sections/" + key, model, "site/section");
	}

	@GetMapping("/t/" + SLUG + "/" + KIND + "/{id}")
	String item(@PathVariable String slug, @PathVariable String collection, @PathVariable UUID id,
			Authentication visitor, Model model) {
		Compact compact = compact(slug, false, visitor, model);
		String path = "/t/" + slug + "/" + collection + "/" + id;
		Page page = compact.page(path).orElseThrow(SiteController::notFound);
		model.addAttribute("provenance",
				sites.provenance(page.item(), sites.tenantsBySlug(visitor), visitor).orElse(null));
		return page(compact, path, model, "site/item");
	}

	@GetMapping("/t/" + SLUG + "/" + KIND + "/{id}/history")
	String history(@PathVariable String slug, @PathVariable String collection, @PathVariable UUID id,
			Authentication visitor, Model model) {
		Compact compact = compact(slug, false, visitor, model);
		Page page = compact.page("/t/" + slug + "/" + collection + "/" + id).orElseThrow(SiteController::notFound);
		model.addAttribute("page", page);
		model.addAttribute("item", page.item());
		model.addAttribute("history", sites.history(slug, page.item(), visitor));
		return "site/history";
	}

	@GetMapping("/t/" + SLUG + "/changes")
	String changes(@PathVariable String slug, Authentication visitor, Model model) {
		Compact compact = compact(slug, false, visitor, model);
		model.addAttribute("changes", sites.changes(compact, 50, visitor));
		return "site/changes";
	}

	@GetMapping(path = "/t/" + SLUG + "/changes.atom")
	ResponseEntity<String> feed(@PathVariable String slug, Authentication visitor, HttpServletRequest request) {
		Compact compact = sites.compact(slug, false, visitor).orElseThrow(SiteController::notFound);
		List<CompactSites.Change> changes = sites.changes(compact, 50, visitor);
		String site = ServletUriComponentsBuilder.fromContextPath(request).toUriString();
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"));
		if (!changes.isEmpty()) {
			answer.lastModified(changes.get(0).at());
		}
		return answer.body(AtomFeed.of(compact, changes, site));
	}

	@GetMapping("/t/" + SLUG + "/signatories")
	String signatories(@PathVariable String slug, Authentication visitor, Model model) {
		Compact compact = compact(slug, false, visitor, model);
		Map<UUID, String> codeTitles = compact.codes()
			.stream()
			.collect(Collectors.toMap(Item::id, Item::title, (a, b) -> a));
		Map<UUID, List<Signature>> signed = sites.signatures(slug, visitor)
			.stream()
			.collect(Collectors.groupingBy(Signature::organisationId));
		Map<String, List<Signatory>> bySector = new TreeMap<>(Comparator.comparingInt(SiteController::sectorOrder));
		for (Organisation organisation : sites.organisations(slug, visitor)) {
			List<Signature> signatures = signed.getOrDefault(organisation.id(), List.of());
			bySector.computeIfAbsent(organisation.sector(), s -> new java.util.ArrayList<>())
				.add(new Signatory(organisation.name(),
						signatures.stream()
							.map(s -> new Signed(s.signedOn(), what(s, codeTitles),
									"SEPARATE_ENTITY".equals(s.signedAs()) ? "as a separate entity"
											: "as part of the partnership",
									s.withdrawn() ? s.withdrawnOn() : null))
							.toList()));
		}
		model.addAttribute("sectors",
				bySector.entrySet()
					.stream()
					.map(entry -> new Sector(sectorName(entry.getKey()), entry.getValue()))
					.toList());
		return "site/signatories";
	}

	@GetMapping("/t/" + SLUG + "/champions")
	String champions(@PathVariable String slug, Authentication visitor, Model model) {
		compact(slug, false, visitor, model);
		model.addAttribute("champions",
				sites.champions(slug, visitor).stream().filter(Reads.Champion::active).toList());
		return "site/champions";
	}

	@GetMapping("/t/" + SLUG + "/glossary")
	String glossary(@PathVariable String slug, Authentication visitor, Model model) {
		Compact compact = compact(slug, false, visitor, model);
		Map<String, List<Term>> byLetter = compact.glossary()
			.stream()
			.sorted(Comparator.comparing(Term::term, String.CASE_INSENSITIVE_ORDER))
			.collect(Collectors.groupingBy(term -> letterOf(term.term()), TreeMap::new, Collectors.toList()));
		model.addAttribute("letters", byLetter);
		model.addAttribute("alphabet",
				"ABCDEFGHIJKLMNOPQRSTUVWXYZ".chars().mapToObj(c -> String.valueOf((char) c)).toList());
		return "site/glossary";
	}

	@GetMapping("/t/" + SLUG + "/contacts")
	String contacts(@PathVariable String slug, Authentication visitor, Model model) {
		compact(slug, false, visitor, model);
		return "site/contacts";
	}

	@GetMapping("/t/" + SLUG + "/whole")
	String whole(@PathVariable String slug, Authentication visitor, Model model) {
		compact(slug, true, visitor, model);
		return "site/whole";
	}

	/** What an organisation signed on one day. */
	record Signed(java.time.LocalDate on, String what, String as, java.time.LocalDate withdrawnOn) {
	}

	/** "the principles and the Consultation code". */
	private static String what(Signature signature, Map<UUID, String> codeTitles) {
		List<String> parts = new java.util.ArrayList<>();
		if (signature.principles()) {
			parts.add("the principles");
		}
		signature.codes()
			.forEach(code -> parts.add(codeTitles.containsKey(code) ? "the " + codeTitles.get(code) + " code"
					: "a code no longer published"));
		return parts.size() == 1 ? parts.get(0)
				: String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	record Signatory(String name, List<Signed> signatures) {
	}

	record Sector(String name, List<Signatory> signatories) {
	}

	private Compact compact(String slug, boolean withProvenance, Authentication visitor, Model model) {
		Compact compact = sites.compact(slug, withProvenance, visitor).orElseThrow(SiteController::notFound);
		model.addAttribute("compact", compact);
		model.addAttribute("tenant", compact.tenant());
		return compact;
	}

	private static String page(Compact compact, String path, Model model, String view) {
		Page page = compact.page(path).orElseThrow(SiteController::notFound);
		model.addAttribute("page", page);
		model.addAttribute("previous", compact.previous(path).orElse(null));
		model.addAttribute("next", compact.next(path).orElse(null));
		return view;
	}

	private static String letterOf(String term) {
		char first = Character.toUpperCase(term.strip().charAt(0));
		return first >= 'A' && first <= 'Z' ? String.valueOf(first) : "#";
	}

	private static int sectorOrder(String sector) {
		return switch (sector) {
			case "PUBLIC" -> 0;
			case "VCS" -> 1;
			case "PRIVATE" -> 2;
			default -> 3;
		};
	}

	private static String sectorName(String sector) {
		return switch (sector) {
			case "PUBLIC" -> "Public sector";
			case "VCS" -> "Voluntary and community sector";
			case "PRIVATE" -> "Private sector";
			default -> sector.toLowerCase(Locale.ROOT);
		};
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such page");
	}

}

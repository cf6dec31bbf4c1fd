package org.compacts.compact.document;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.compacts.compact.document.ProseSections.Written;
import org.compacts.servicekit.security.TenantAccess;
import org.compacts.servicekit.security.TenantRole;
import org.compacts.servicekit.web.InvalidField;
import org.compacts.servicekit.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anyone reads the prose of a compact's document; its editors write it (the security
 * rules decide who gets here). A section is put whole: the first put creates it, and
 * every later one names the version it replaces in {@code If-Match}, so no one overwrites
 * a change unseen.
 */
@RestController
@RequestMapping("/api/t/{tenant}/document/sections")
class DocumentSectionController {

	private final ProseSections sections;

	DocumentSectionController(ProseSections sections) {
		this.sections = sections;
	}

	record SectionRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 100_000) String body) {
	}

	/**
	 * Who last changed a section is shown to the compact's members only; the public sees
	 * when.
	 */
	record SectionView(String key, String title, String body, long version, String updatedBy, Instant updatedAt) {

		static SectionView of(ProseSection section, boolean member) {
			return new SectionView(section.key().slug(), section.title(), section.body(), section.version(),
					member ? section.updatedBy() : null, section.updatedAt());
		}

	}

	@GetMapping
	List<SectionView> list(@PathVariable String tenant, Authentication authentication) {
		boolean member = isMember(authentication, tenant);
		return sections.sectionsOfCurrentTenant().stream().map(section -> SectionView.of(section, member)).toList();
	}

	@GetMapping("/{key}")
	ResponseEntity<SectionView> one(@PathVariable String tenant, @PathVariable String key,
			Authentication authentication) {
		SectionKey sectionKey = keyOf(key);
		ProseSection section = sections.sectionOfCurrentTenant(sectionKey)
			.orElseThrow(() -> problem(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found",
					"This compact's document has no " + sectionKey.slug() + " yet.", List.of()));
		return ResponseEntity.ok()
			.eTag(String.valueOf(section.version()))
			.body(SectionView.of(section, isMember(authentication, tenant)));
	}

	@PutMapping("/{key}")
	ResponseEntity<SectionView> put(@PathVariable String tenant, @PathVariable String key,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody SectionRequest request, Authentication authentication) {
		SectionKey sectionKey = keyOf(key);
		Written written = sections.write(sectionKey, request.title().strip(), request.body().strip(), version(ifMatch),
				authentication.getName());
		if (written instanceof Written.Saved saved) {
			var response = saved.created()
					? ResponseEntity.created(URI.create("/api/t/" + tenant + "/document/sections/" + sectionKey.slug()))
					: ResponseEntity.ok();
			return response.eTag(String.valueOf(saved.section().version())).body(SectionView.of(saved.section(), true));
		}
		if (written instanceof Written.VersionRequired required) {
			throw problem(HttpStatus.PRECONDITION_REQUIRED, Problems.VERSION_REQUIRED, "Version required",
					"This section exists (version " + required.current()
							+ "): say which version you changed with If-Match, so no one's change is overwritten unseen.",
					List.of());
		}
		Written.Stale stale = (Written.Stale) written;
		throw problem(HttpStatus.PRECONDITION_FAILED, Problems.STALE_VERSION, "Stale version",
				stale.current() == null
						? "You changed version " + stale.expected() + ", but this compact's document has no "
								+ sectionKey.slug() + " yet; send it without If-Match to write it."
						: "Someone changed this section since version " + stale.expected() + "; it is now at version "
								+ stale.current() + ".",
				List.of());
	}

	private static boolean isMember(Authentication authentication, String tenant) {
		return TenantAccess.allows(authentication, tenant, TenantRole.MEMBER);
	}

	private static SectionKey keyOf(String key) {
		return SectionKey.ofSlug(key)
			.orElseThrow(() -> problem(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found",
					"A compact document has no section '" + key + "'.",
					List.of(new InvalidField("key", "is not one of " + SectionKey.slugs()))));
	}

	/** {@code "3"} or {@code W/"3"} to {@code 3}; null stays null. */
	private static String version(String ifMatch) {
		if (ifMatch == null) {
			return null;
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		return tag.replace("\"", "").strip();
	}

	private static ErrorResponseException problem(HttpStatus status, URI type, String title, String detail,
			List<InvalidField> errors) {
		return new ErrorResponseException(status, Problems.of(status, type, title, detail, errors), null);
	}

}

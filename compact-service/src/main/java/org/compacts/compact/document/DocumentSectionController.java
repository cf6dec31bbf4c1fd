package org.compacts.compact.document;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.compacts.compact.document.ProseSections.Written;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;
import org.compacts.servicekit.security.TenantAccess;
import org.compacts.servicekit.security.TenantRole;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Anyone reads the prose of a compact's document; its editors write it (the security
 * rules decide who gets here). A section is put whole: the first put creates it, and
 * every later one names the version it replaces in {@code If-Match}.
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
			.orElseThrow(() -> Refusal.notFound("This compact's document has no " + sectionKey.slug() + " yet."));
		return ResponseEntity.ok()
			.eTag(Long.toString(section.version()))
			.body(SectionView.of(section, isMember(authentication, tenant)));
	}

	@PutMapping("/{key}")
	ResponseEntity<SectionView> put(@PathVariable String tenant, @PathVariable String key, ExpectedVersion ifMatch,
			@Valid @RequestBody SectionRequest request, Authentication authentication) {
		Written written = sections.write(keyOf(key), request.title().strip(), request.body().strip(), ifMatch,
				authentication.getName());
		var response = written.created()
				? ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().build().toUri())
				: ResponseEntity.ok();
		return response.eTag(Long.toString(written.section().version())).body(SectionView.of(written.section(), true));
	}

	private static boolean isMember(Authentication authentication, String tenant) {
		return TenantAccess.allows(authentication, tenant, TenantRole.MEMBER);
	}

	private static SectionKey keyOf(String key) {
		return SectionKey.ofSlug(key)
			.orElseThrow(() -> Refusal.notFound("A compact document has no section '" + key + "'.", "key",
					"is not one of " + SectionKey.slugs()));
	}

}

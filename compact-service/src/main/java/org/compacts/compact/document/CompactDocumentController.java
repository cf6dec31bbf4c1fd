package org.compacts.compact.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.compacts.compact.contact.ContactList;
import org.compacts.compact.glossary.Glossary;
import org.compacts.compact.item.ContentEtags;
import org.compacts.compact.item.ContentRevisions;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.ItemViews.Shown;
import org.compacts.compact.item.SharedItems;
import org.compacts.servicekit.security.TenantAccess;
import org.compacts.servicekit.security.TenantRole;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * A compact as one document, in the order it reads: foreword, introduction, shared values
 * and principles, codes of practice, implementation, compliance and resolution,
 * monitoring and review, glossary, contacts. Anyone reads it; only members see versions
 * not yet published.
 */
@RestController
@Tag(name = "Compact document", description = "A whole compact, as it reads")
class CompactDocumentController {

	private final ProseSections sections;

	private final SharedItems items;

	private final Glossary glossary;

	private final ContactList contacts;

	private final ContentRevisions revisions;

	private final JsonMapper json;

	CompactDocumentController(ProseSections sections, SharedItems items, Glossary glossary, ContactList contacts,
			ContentRevisions revisions, JsonMapper json) {
		this.revisions = revisions;
		this.json = json;
		this.sections = sections;
		this.items = items;
		this.glossary = glossary;
		this.contacts = contacts;
	}

	/**
	 * A prose section as the document shows it; null when the compact has not written it.
	 */
	record Section(String title, String body) {
	}

	record CompactDocument(String tenant, Section foreword, Section introduction, List<Shown> principles,
			List<Shown> codes, Section implementation, Section complianceAndResolution, Section monitoringAndReview,
			List<Glossary.Term> glossary, List<ContactList.Card> contacts) {
	}

	/**
	 * With a strong ETag: the compact's content revision (its items) and a digest of its
	 * prose, glossary and contacts; a reader holding the current document gets 304
	 * without a single item read (ADR 17).
	 */
	@GetMapping("/api/t/{tenant}/document")
	@Operation(summary = "The whole compact: published content to anyone, the latest versions to members")
	ResponseEntity<CompactDocument> document(@PathVariable String tenant, Authentication reader, WebRequest request) {
		boolean member = TenantAccess.allows(reader, tenant, TenantRole.MEMBER);
		// the revision first: content read after it is at least as new as its tag says
		long revision = revisions.current();
		Map<SectionKey, Section> prose = sections.sectionsOfCurrentTenant()
			.stream()
			.collect(Collectors.toMap(ProseSection::key, section -> new Section(section.title(), section.body())));
		List<Glossary.Term> terms = glossary.terms();
		List<ContactList.Card> cards = contacts.cards();
		String etag = ContentEtags.of(member, revision, digest(prose, terms, cards));
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ContentEtags.ok(etag)
			.body(new CompactDocument(tenant, prose.get(SectionKey.FOREWORD), prose.get(SectionKey.INTRODUCTION),
					items.shown(ItemKind.PRINCIPLE, member, false), items.shown(ItemKind.CODE, member, false),
					prose.get(SectionKey.IMPLEMENTATION), prose.get(SectionKey.COMPLIANCE_AND_RESOLUTION),
					prose.get(SectionKey.MONITORING_AND_REVIEW), terms, cards));
	}

	/**
	 * The parts of the document the revision does not count (prose, glossary, contacts:
	 * small, and kept by other parts), as a short SHA-256 of their JSON.
	 */
	private String digest(Map<SectionKey, Section> prose, List<Glossary.Term> terms, List<ContactList.Card> cards) {
		byte[] written = json.writeValueAsBytes(List.of(new TreeMap<>(prose), terms, cards));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(written);
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

}

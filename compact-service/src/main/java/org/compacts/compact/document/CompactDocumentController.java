package org.compacts.compact.document;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.compacts.compact.contact.ContactList;
import org.compacts.compact.glossary.Glossary;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.ItemViews;
import org.compacts.compact.item.ItemViews.ItemView;
import org.compacts.compact.item.SharedItems;
import org.compacts.servicekit.security.TenantAccess;
import org.compacts.servicekit.security.TenantRole;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

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

	CompactDocumentController(ProseSections sections, SharedItems items, Glossary glossary, ContactList contacts) {
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

	record CompactDocument(String tenant, Section foreword, Section introduction, List<ItemView> principles,
			List<ItemView> codes, Section implementation, Section complianceAndResolution, Section monitoringAndReview,
			List<Glossary.Term> glossary, List<ContactList.Card> contacts) {
	}

	@GetMapping("/api/t/{tenant}/document")
	@Operation(summary = "The whole compact: published content to anyone, the latest versions to members")
	CompactDocument document(@PathVariable String tenant, Authentication reader) {
		boolean member = TenantAccess.allows(reader, tenant, TenantRole.MEMBER);
		Map<SectionKey, Section> prose = sections.sectionsOfCurrentTenant()
			.stream()
			.collect(Collectors.toMap(ProseSection::key, section -> new Section(section.title(), section.body())));
		Function<ItemKind, List<ItemView>> shown = kind -> items.all(kind)
			.stream()
			.flatMap(item -> ItemViews.item(item, member).stream())
			.toList();
		return new CompactDocument(tenant, prose.get(SectionKey.FOREWORD), prose.get(SectionKey.INTRODUCTION),
				shown.apply(ItemKind.PRINCIPLE), shown.apply(ItemKind.CODE), prose.get(SectionKey.IMPLEMENTATION),
				prose.get(SectionKey.COMPLIANCE_AND_RESOLUTION), prose.get(SectionKey.MONITORING_AND_REVIEW),
				glossary.terms(), contacts.cards());
	}

}

package org.compacts.compact.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.compacts.compact.document.SectionKey;
import org.compacts.compact.versioning.CodeOfPracticeContent;
import org.compacts.compact.versioning.MeasurableCommitment;
import org.compacts.compact.versioning.Mode;
import org.compacts.compact.versioning.PrincipleContent;
import org.compacts.compact.versioning.SubCode;
import tools.jackson.databind.JsonNode;

/** A tree that passed the schema and the rules, as the records of the domain. */
final class CompactFileMapping {

	private CompactFileMapping() {
	}

	static CompactFile compactFile(JsonNode root) {
		List<CompactFile.Section> sections = new ArrayList<>();
		JsonNode given = root.path("sections");
		for (SectionKey key : SectionKey.values()) {
			JsonNode section = given.path(key.slug());
			if (section.isObject()) {
				sections.add(new CompactFile.Section(key, text(section, "title"), text(section, "body")));
			}
		}
		return new CompactFile(text(root, "title"), sections,
				list(root.path("principles"), CompactFileMapping::principle),
				list(root.path("codes"), CompactFileMapping::code),
				list(root.path("glossary"),
						entry -> new CompactFile.GlossaryEntry(text(entry, "term"), text(entry, "meaning"))),
				list(root.path("contacts"), CompactFileMapping::contact));
	}

	private static CompactFile.Shared<PrincipleContent> principle(JsonNode principle) {
		return new CompactFile.Shared<>(new PrincipleContent(text(principle, "title"), text(principle, "text")),
				mode(principle));
	}

	private static CompactFile.Shared<CodeOfPracticeContent> code(JsonNode code) {
		return new CompactFile.Shared<>(new CodeOfPracticeContent(text(code, "title"),
				code.has("whyItMatters") ? text(code, "whyItMatters") : "", text(code, "aim"),
				texts(code.path("vcsUndertakings")), texts(code.path("publicSectorUndertakings")),
				texts(code.path("allPartnersCommitments")), texts(code.path("caseStudies")),
				list(code.path("subCodes"), sub -> new SubCode(text(sub, "title"), text(sub, "text"))),
				list(code.path("measurableCommitments"), CompactFileMapping::commitment)), mode(code));
	}

	private static MeasurableCommitment commitment(JsonNode commitment) {
		var kind = MeasurableCommitment.Kind.valueOf(text(commitment, "kind").toUpperCase(Locale.ROOT));
		var quantity = kind == MeasurableCommitment.Kind.PRACTICE ? null
				: new MeasurableCommitment.Quantity(commitment.path("amount").asInt(), text(commitment, "unit"));
		return new MeasurableCommitment(text(commitment, "name"), kind, quantity);
	}

	private static CompactFile.Contact contact(JsonNode contact) {
		return new CompactFile.Contact(text(contact, "name"), optional(contact, "role"),
				optional(contact, "organisation"), optional(contact, "address"), optional(contact, "email"),
				optional(contact, "phone"), optional(contact, "website"));
	}

	private static Mode mode(JsonNode item) {
		return Mode.valueOf(text(item, "mode").toUpperCase(Locale.ROOT));
	}

	private static String text(JsonNode node, String field) {
		return node.path(field).asString().strip();
	}

	private static String optional(JsonNode node, String field) {
		return node.has(field) ? text(node, field) : null;
	}

	private static List<String> texts(JsonNode list) {
		return list(list, item -> item.asString().strip());
	}

	private static <T> List<T> list(JsonNode list, Function<JsonNode, T> each) {
		List<T> items = new ArrayList<>();
		list.forEach(item -> items.add(each.apply(item)));
		return items;
	}

}

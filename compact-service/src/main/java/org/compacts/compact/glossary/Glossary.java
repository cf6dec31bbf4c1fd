package org.compacts.compact.glossary;

import java.util.List;
import java.util.UUID;

import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's glossary: each change in one transaction, for the web API and for
 * other parts of the service (the import, the document). A term is explained once.
 */
@Service
@Transactional
public class Glossary {

	private final GlossaryEntries entries;

	Glossary(GlossaryEntries entries) {
		this.entries = entries;
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return entries.count() == 0;
	}

	/** A term and what it means, in plain words. */
	public record Term(String term, String meaning) {
	}

	@Transactional(readOnly = true)
	public List<Term> terms() {
		return entries.findAllByOrderByTermAsc()
			.stream()
			.map(entry -> new Term(entry.term(), entry.meaning()))
			.toList();
	}

	public void explain(String term, String meaning) {
		entries.save(new GlossaryEntry(term, meaning));
	}

	@Transactional(readOnly = true)
	List<GlossaryEntry> entries() {
		return entries.findAllByOrderByTermAsc();
	}

	@Transactional(readOnly = true)
	GlossaryEntry entry(UUID id) {
		return find(id);
	}

	GlossaryEntry add(String term, String meaning) {
		GlossaryEntry entry = new GlossaryEntry(term, meaning);
		if (entries.existsByTermIgnoreCase(entry.term())) {
			throw termTaken();
		}
		return entries.saveAndFlush(entry);
	}

	GlossaryEntry reword(UUID id, ExpectedVersion expected, String term, String meaning) {
		GlossaryEntry entry = find(id);
		expected.require(entry.version());
		// asked before the change: the query would flush a changed term into the unique
		// index
		if (entries.existsByTermIgnoreCaseAndIdNot(term.strip(), id)) {
			throw termTaken();
		}
		entry.reword(term, meaning);
		return entries.saveAndFlush(entry);
	}

	void remove(UUID id) {
		entries.delete(find(id));
	}

	private GlossaryEntry find(UUID id) {
		return entries.findById(id).orElseThrow(() -> Refusal.notFound("No such glossary entry in this compact."));
	}

	private static Refusal termTaken() {
		return Refusal.conflict("This compact's glossary already explains that term.", "term",
				"is already in this glossary");
	}

}

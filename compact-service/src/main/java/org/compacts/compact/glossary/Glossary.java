package org.compacts.compact.glossary;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's glossary for other parts of the service (the import). */
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
		entries.save(new GlossaryEntry(term.strip(), meaning.strip()));
	}

}

package org.compacts.compact.success;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.compacts.compact.federation.Federation;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public case studies of every compact, searched together (ADR 15): each compact is
 * read in turn in its own tenant, one read-only transaction each, so every query runs
 * under the row-level security of the one tenant it names and sees only what that compact
 * made public. No query reads across tenants.
 */
@Component
class CaseStudySearch {

	/** The longest a search term may be. */
	static final int LONGEST_TERM = 100;

	/** What a search asks for; a blank or absent term matches every case study. */
	record Query(@Nullable String code, @Nullable String sector, @Nullable String place) {

		Query {
			code = normal(code);
			sector = normal(sector);
			place = normal(place);
		}

		/** Refuses a term longer than {@link #LONGEST_TERM}, naming it. */
		void requireSensible() {
			List<InvalidField> problems = new ArrayList<>();
			tooLong("code", code, problems);
			tooLong("sector", sector, problems);
			tooLong("place", place, problems);
			if (!problems.isEmpty()) {
				throw Refusal.invalid("The search cannot be made as asked.", problems);
			}
		}

		boolean matches(SuccessRegister.Shown shown) {
			Story story = shown.story();
			return (code == null || shown.links().stream().anyMatch(link -> contains(link.title(), code)))
					&& (sector == null || story.sectors().stream().anyMatch(named -> contains(named, sector)))
					&& (place == null || (story.place() != null && contains(story.place(), place)));
		}

		private static boolean contains(String text, String term) {
			return text.toLowerCase(Locale.ROOT).contains(term);
		}

		private static @Nullable String normal(@Nullable String term) {
			return term == null || term.isBlank() ? null : term.strip().toLowerCase(Locale.ROOT);
		}

		private static void tooLong(String field, @Nullable String term, List<InvalidField> problems) {
			if (term != null && term.length() > LONGEST_TERM) {
				problems.add(new InvalidField(field, "must be at most " + LONGEST_TERM + " characters"));
			}
		}

	}

	/** A case study found, with the compact it belongs to. */
	record Found(String tenant, SuccessRegister.Shown shown) {
	}

	private final Federation federation;

	private final SuccessRegister register;

	private final TransactionTemplate eachInItsOwn;

	CaseStudySearch(Federation federation, SuccessRegister register, PlatformTransactionManager transactions) {
		this.federation = federation;
		this.register = register;
		this.eachInItsOwn = new TransactionTemplate(transactions);
		this.eachInItsOwn.setReadOnly(true);
		// never joins a transaction of another tenant's: a new one, with a connection set
		// to the compact read
		this.eachInItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Newest public first, across every compact that is not archived. */
	List<Found> search(Query query) {
		query.requireSensible();
		List<Found> found = new ArrayList<>();
		for (String tenant : federation.compacts()) {
			List<SuccessRegister.Shown> read = CurrentTenant.callAs(tenant,
					() -> eachInItsOwn.execute(status -> register.caseStudies(null)));
			if (read != null) {
				read.stream().filter(query::matches).forEach(shown -> found.add(new Found(tenant, shown)));
			}
		}
		found.sort(Comparator
			.comparing((Found f) -> f.shown().publicSince(), Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(Found::tenant));
		return found;
	}

}

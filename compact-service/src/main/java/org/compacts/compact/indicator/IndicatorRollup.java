package org.compacts.compact.indicator;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.compacts.compact.federation.Reach;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a compact shares with the county it follows, for the county's roll-up: the
 * indicators the county sees, counted by RAG. Asked in the compact's own tenant.
 */
@Component
public class IndicatorRollup {

	private final EntityManager entities;

	IndicatorRollup(EntityManager entities) {
		this.entities = entities;
	}

	/**
	 * Every RAG by name, each counted. Each indicator comes with its latest reading only
	 * (one query, however many readings it has), and is judged by its own rule.
	 */
	@Transactional(readOnly = true)
	public Map<String, Integer> sharedWithCountyByRag() {
		return byRag(Reach.COUNTY);
	}

	/**
	 * Every indicator of the compact, whoever may read it, counted by RAG: what its own
	 * annual review records.
	 */
	@Transactional(readOnly = true)
	public Map<String, Integer> ofCompactByRag() {
		return byRag(Reach.MEMBER);
	}

	private Map<String, Integer> byRag(Reach reach) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Rag rag : Rag.values()) {
			counts.put(rag.name(), 0);
		}
		entities
			.createQuery("select i, r from Indicator i left join i.readings r on r.takenOn = "
					+ "(select max(l.takenOn) from Reading l where l.indicator = i) where i.visibility in :seen",
					Object[].class)
			.setParameter("seen", reach.visible())
			.getResultList()
			.forEach(row -> {
				Point latest = row[1] == null ? null : ((Reading) row[1]).point();
				counts.merge(((Indicator) row[0]).standing(latest).rag().name(), 1, Integer::sum);
			});
		return counts;
	}

}

package org.compacts.compact.indicator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.compacts.compact.federation.Reach;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a compact shares with the county it follows, for the county's roll-up: the
 * indicators the county sees, counted by RAG. Asked in the compact's own tenant.
 */
@Component
public class IndicatorRollup {

	private final Indicators indicators;

	IndicatorRollup(Indicators indicators) {
		this.indicators = indicators;
	}

	/** Every RAG by name, each counted. */
	@Transactional(readOnly = true)
	public Map<String, Integer> sharedWithCountyByRag() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Rag rag : Rag.values()) {
			counts.put(rag.name(), 0);
		}
		indicators.allByName()
			.stream()
			.filter(indicator -> indicator.isReadBy(Reach.COUNTY))
			.forEach(indicator -> counts.merge(indicator.standing().rag().name(), 1, Integer::sum));
		return counts;
	}

}

package org.compacts.compact.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.compacts.compact.federation.Reach;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the other parts of a compact may know of its indicators, which they name by id (an
 * action moves some): whether an id is one of this compact's, and how each stands. They
 * never change one.
 */
@Component
public class IndicatorSummaries {

	/**
	 * An indicator as another part shows it; the values plain (45, not 45.0000).
	 *
	 * @param rag GREEN, AMBER, RED or NONE (no reading yet)
	 */
	public record Summary(UUID id, String name, String unit, BigDecimal baselineValue, LocalDate baselineOn,
			BigDecimal targetValue, LocalDate targetOn, String direction, BigDecimal tolerance,
			@Nullable LocalDate latestOn, @Nullable BigDecimal latestValue, @Nullable BigDecimal expected, String rag) {
	}

	private final Indicators indicators;

	IndicatorSummaries(Indicators indicators) {
		this.indicators = indicators;
	}

	/**
	 * These indicators in the order given, those the reader may read: an id that is not
	 * an indicator of this compact (another compact's included) is left out.
	 * @param reach how far the reader sees into the compact
	 */
	@Transactional(readOnly = true)
	public List<Summary> of(Collection<UUID> ids, Reach reach) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, Indicator> found = indicators.findAllById(ids)
			.stream()
			.filter(indicator -> indicator.isReadBy(reach))
			.collect(Collectors.toMap(Indicator::id, Function.identity()));
		return ids.stream()
			.distinct()
			.map(found::get)
			.filter(Objects::nonNull)
			.map(IndicatorSummaries::summary)
			.toList();
	}

	private static Summary summary(Indicator indicator) {
		Definition definition = indicator.definition();
		Indicator.Standing standing = indicator.standing();
		Point latest = standing.latest();
		return new Summary(indicator.id(), definition.name(), definition.unit(),
				IndicatorController.plain(definition.baseline().value()), definition.baseline().on(),
				IndicatorController.plain(definition.target().value()), definition.target().on(),
				definition.direction().name(), IndicatorController.plain(definition.tolerance()),
				latest == null ? null : latest.on(), latest == null ? null : IndicatorController.plain(latest.value()),
				standing.expected() == null ? null : IndicatorController.plain(standing.expected()),
				standing.rag().name());
	}

}

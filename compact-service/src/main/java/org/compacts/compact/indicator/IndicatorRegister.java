package org.compacts.compact.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.compacts.compact.federation.Reach;
import org.compacts.compact.item.ItemLinks;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's indicators, each change in one transaction: it finds what a rule
 * needs (the compact's items, whether a name is taken, today) and lets the
 * {@link Indicator} decide.
 */
@Service
@Transactional
class IndicatorRegister {

	/** The compacts are English: their today is England's. */
	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final Indicators indicators;

	private final ItemLinks itemLinks;

	private final Clock clock;

	private final EntityManager entities;

	IndicatorRegister(Indicators indicators, ItemLinks itemLinks, ObjectProvider<Clock> clock, EntityManager entities) {
		this.indicators = indicators;
		this.itemLinks = itemLinks;
		this.entities = entities;
		this.clock = clock.getIfAvailable(() -> Clock.system(ENGLAND));
	}

	/**
	 * An indicator as read inside the transaction: its definition, links, readings
	 * (newest first) and standing.
	 */
	record Shown(Indicator indicator, Definition definition, List<ItemLinks.Link> links, List<Reading> readings,
			Indicator.Standing standing) {

		static Shown of(Indicator indicator, Map<UUID, ItemLinks.Link> links) {
			Definition definition = indicator.definition();
			List<ItemLinks.Link> linked = definition.itemIds()
				.stream()
				.filter(links::containsKey)
				.map(links::get)
				.toList();
			return new Shown(indicator, definition, linked, indicator.readings(), indicator.standing());
		}

	}

	/** By name; those a reader of this reach sees. */
	@Transactional(readOnly = true)
	List<Shown> all(Reach reach) {
		List<Indicator> found = indicators.allByName().stream().filter(indicator -> indicator.isReadBy(reach)).toList();
		Map<UUID, ItemLinks.Link> links = links(
				found.stream().flatMap(indicator -> indicator.definition().itemIds().stream()).distinct().toList());
		return found.stream().map(indicator -> Shown.of(indicator, links)).toList();
	}

	@Transactional(readOnly = true)
	Shown one(UUID id, Reach reach) {
		Indicator indicator = indicators.findById(id)
			.filter(found -> found.isReadBy(reach))
			.orElseThrow(IndicatorRegister::notFound);
		return shown(indicator);
	}

	Shown define(Definition definition, String by) {
		if (indicators.existsByNameIgnoreCase(definition.name())) {
			throw nameTaken();
		}
		Indicator indicator = new Indicator(definition, known(definition), by, clock.instant());
		return shown(indicators.saveAndFlush(indicator));
	}

	Shown revise(UUID id, ExpectedVersion expected, Definition definition) {
		Indicator indicator = locked(id);
		expected.require(indicator.version());
		// asked before the change: the query would flush a changed name into the unique
		// index
		if (indicators.existsByNameIgnoreCaseAndIdNot(definition.name(), id)) {
			throw nameTaken();
		}
		indicator.revise(definition, known(definition));
		indicators.flush();
		return shown(indicator);
	}

	/** The indicator after the reading, and the reading taken. */
	record Taken(Shown shown, Reading reading) {
	}

	Taken record(UUID id, ExpectedVersion expected, Point point, @Nullable String note, @Nullable String source,
			String by) {
		Indicator indicator = locked(id);
		expected.require(indicator.version());
		Reading reading = indicator.record(point, note, source, by, clock.instant(), LocalDate.now(clock));
		// A reading is a row of its own, so the indicator's row would keep its version:
		// the
		// version moves here, so the next change names the indicator with the reading.
		entities.lock(indicator, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		indicators.flush();
		return new Taken(shown(indicator), reading);
	}

	private Set<UUID> known(Definition definition) {
		return links(definition.itemIds()).keySet();
	}

	private Map<UUID, ItemLinks.Link> links(Collection<UUID> itemIds) {
		return itemLinks.of(itemIds).stream().collect(Collectors.toMap(ItemLinks.Link::itemId, Function.identity()));
	}

	private Shown shown(Indicator indicator) {
		return Shown.of(indicator, links(indicator.definition().itemIds()));
	}

	private Indicator locked(UUID id) {
		return indicators.lockById(id).orElseThrow(IndicatorRegister::notFound);
	}

	private static Refusal notFound() {
		return Refusal.notFound("No such indicator in this compact.");
	}

	private static Refusal nameTaken() {
		return Refusal.conflict("This compact has an indicator of that name already.", "name",
				"is the name of another indicator of this compact");
	}

}

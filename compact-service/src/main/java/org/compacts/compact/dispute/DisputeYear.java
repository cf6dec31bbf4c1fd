package org.compacts.compact.dispute;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disputes log's figures for a stretch of time, as a compact's annual review records
 * them: the disputes raised in it, counted by {@link DisputeFigures}' rules as they stand
 * now. Asked in the compact's own tenant; names no party, title or item.
 */
@Component
public class DisputeYear {

	/**
	 * @param openByStage every open stage by name, each counted
	 * @param medianDaysToResolve in calendar days; null when none is resolved
	 */
	public record Figures(int raised, int open, int resolved, int withdrawn, Map<String, Integer> openByStage,
			@Nullable Double medianDaysToResolve) {
	}

	private final Disputes disputes;

	DisputeYear(Disputes disputes) {
		this.disputes = disputes;
	}

	/** The disputes raised from {@code from} up to, not including, {@code until}. */
	@Transactional(readOnly = true)
	public Figures raisedBetween(LocalDate from, LocalDate until) {
		var counted = disputes.findAll()
			.stream()
			.filter(dispute -> !dispute.raisedOn().isBefore(from) && dispute.raisedOn().isBefore(until))
			.map(dispute -> new DisputeFigures.Counted(dispute.stage(), dispute.raisedOn(), dispute.closedOn(),
					dispute.links().stream().map(DisputeLink::itemId).toList()))
			.toList();
		DisputeFigures.Figures figures = DisputeFigures.of(counted);
		Map<String, Integer> byStage = new LinkedHashMap<>();
		figures.openByStage().forEach((stage, count) -> byStage.put(stage.name(), count));
		return new Figures(counted.size(), figures.open(), figures.resolved(), figures.withdrawn(), byStage,
				figures.medianDaysToResolve());
	}

}

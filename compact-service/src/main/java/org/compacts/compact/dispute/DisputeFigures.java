package org.compacts.compact.dispute;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The disputes log in figures, as a steering group and the annual review read it: how
 * many are open (and at which stage), how many concern each principle or code, and the
 * median time a resolved dispute took from being raised to being resolved. Plain Java.
 */
final class DisputeFigures {

	/**
	 * A dispute as the figures count it.
	 *
	 * @param closedOn the day it was resolved or withdrawn; null while open
	 */
	record Counted(DisputeStage stage, LocalDate raisedOn, @Nullable LocalDate closedOn, Collection<UUID> itemIds) {
	}

	/** How many disputes concern one principle or code: open now, and ever. */
	record ByItem(UUID itemId, int open, int all) {
	}

	/**
	 * @param openByStage every open stage, each counted
	 * @param byItem most open first, then most in all
	 * @param medianDaysToResolve in calendar days; null when none is resolved
	 */
	record Figures(int open, int resolved, int withdrawn, Map<DisputeStage, Integer> openByStage, List<ByItem> byItem,
			@Nullable Double medianDaysToResolve) {
	}

	private DisputeFigures() {
	}

	static Figures of(Collection<Counted> disputes) {
		Map<DisputeStage, Integer> openByStage = new EnumMap<>(DisputeStage.class);
		for (DisputeStage stage : DisputeStage.values()) {
			if (!stage.isClosed()) {
				openByStage.put(stage, 0);
			}
		}
		Map<UUID, int[]> byItem = new LinkedHashMap<>();
		List<Long> daysToResolve = new ArrayList<>();
		int resolved = 0;
		int withdrawn = 0;
		for (Counted dispute : disputes) {
			boolean open = !dispute.stage().isClosed();
			if (open) {
				openByStage.merge(dispute.stage(), 1, Integer::sum);
			}
			else if (dispute.stage() == DisputeStage.RESOLVED) {
				resolved++;
				if (dispute.closedOn() != null) {
					daysToResolve.add(ChronoUnit.DAYS.between(dispute.raisedOn(), dispute.closedOn()));
				}
			}
			else {
				withdrawn++;
			}
			dispute.itemIds().stream().distinct().forEach(item -> {
				int[] counts = byItem.computeIfAbsent(item, any -> new int[2]);
				counts[0] += open ? 1 : 0;
				counts[1]++;
			});
		}
		int open = openByStage.values().stream().mapToInt(Integer::intValue).sum();
		List<ByItem> items = byItem.entrySet()
			.stream()
			.map(entry -> new ByItem(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.sorted(Comparator.comparingInt(ByItem::open)
				.reversed()
				.thenComparing(Comparator.comparingInt(ByItem::all).reversed()))
			.toList();
		return new Figures(open, resolved, withdrawn, openByStage, items, median(daysToResolve));
	}

	/**
	 * The middle value, or the mean of the two middle ones of an even count; null for
	 * none.
	 */
	static @Nullable Double median(Collection<Long> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Long> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		if (sorted.size() % 2 == 1) {
			return (double) sorted.get(middle);
		}
		return (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}

}

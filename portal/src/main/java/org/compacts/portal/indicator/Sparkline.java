package org.compacts.portal.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.compacts.portal.indicator.Indicator.Point;
import org.compacts.portal.indicator.Indicator.Reading;
import org.jspecify.annotations.Nullable;

/**
 * A small chart of an indicator's readings against the straight line from its baseline to
 * its target, drawn by the server as SVG coordinates; the description says the same in
 * words, and the readings table beside it stays the record.
 *
 * @param readings the polyline's points, oldest first ("10.0,150.0 300.0,80.0")
 * @param dots each reading's point
 * @param from the baseline's point, where the line it is judged against starts
 * @param to the target's point, where that line ends
 * @param description the chart as a sentence, for its text alternative
 */
record Sparkline(String readings, List<Dot> dots, Dot from, Dot to, String description) {

	static final int WIDTH = 600;

	static final int HEIGHT = 160;

	private static final int PAD = 10;

	record Dot(String x, String y) {
	}

	/** The SVG's viewBox, the space the points are in. */
	public String getViewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	/** The chart of an indicator's readings; none when it has no reading yet. */
	static @Nullable Sparkline of(Indicator indicator, Function<LocalDate, String> day) {
		if (indicator.readings().isEmpty()) {
			return null;
		}
		List<Point> points = new ArrayList<>();
		for (Reading reading : indicator.readings()) {
			points.add(0, new Point(reading.value(), reading.on()));
		}
		List<Point> all = new ArrayList<>(points);
		all.add(indicator.baseline());
		all.add(indicator.target());
		long firstDay = all.stream().mapToLong(point -> point.on().toEpochDay()).min().orElseThrow();
		long lastDay = all.stream().mapToLong(point -> point.on().toEpochDay()).max().orElseThrow();
		double low = all.stream().mapToDouble(point -> point.value().doubleValue()).min().orElseThrow();
		double high = all.stream().mapToDouble(point -> point.value().doubleValue()).max().orElseThrow();
		Scale scale = new Scale(firstDay, Math.max(1, lastDay - firstDay), low, high > low ? high - low : 1);
		List<Dot> dots = points.stream().map(scale::dot).toList();
		Point first = points.get(0);
		Point last = points.get(points.size() - 1);
		String description = "%s, from %s on %s to %s on %s, against the line from the baseline, %s on %s, to the target, %s on %s."
			.formatted(points.size() == 1 ? "One reading" : points.size() + " readings",
					indicator.amount(first.value()), day.apply(first.on()), indicator.amount(last.value()),
					day.apply(last.on()), indicator.amount(indicator.baseline().value()),
					day.apply(indicator.baseline().on()), indicator.amount(indicator.target().value()),
					day.apply(indicator.target().on()));
		return new Sparkline(String.join(" ", dots.stream().map(dot -> dot.x() + "," + dot.y()).toList()), dots,
				scale.dot(indicator.baseline()), scale.dot(indicator.target()), description);
	}

	/** Days across, values up: the first day and the lowest value at the bottom left. */
	private record Scale(long firstDay, long days, double low, double span) {

		Dot dot(Point point) {
			double x = PAD + (point.on().toEpochDay() - firstDay) * (WIDTH - 2.0 * PAD) / days;
			double y = HEIGHT - PAD - (point.value().doubleValue() - low) * (HEIGHT - 2.0 * PAD) / span;
			return new Dot(format(x), format(y));
		}

		private static String format(double coordinate) {
			return String.format(Locale.ROOT, "%.1f", coordinate);
		}

	}

}

package org.compacts.compact.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import org.compacts.compact.federation.Reach;
import org.compacts.compact.federation.Visibility;
import org.compacts.compact.tenancy.VersionedTenantOwned;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A performance indicator of a compact: its {@link Definition}, which its editors revise,
 * and its readings, one a day at most, taken on days that have come and never changed
 * after.
 */
@Entity
class Indicator extends VersionedTenantOwned {

	private static final Comparator<Reading> NEWEST_FIRST = Comparator.comparing(Reading::on).reversed();

	private String name;

	private String unit;

	private BigDecimal baselineValue;

	private LocalDate baselineOn;

	private BigDecimal targetValue;

	private LocalDate targetOn;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	private BigDecimal tolerance;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	@ElementCollection
	@CollectionTable(name = "indicator_item", joinColumns = @JoinColumn(name = "indicator_id"))
	@OrderColumn(name = "position")
	@Column(name = "item_id")
	private List<UUID> itemIds = new ArrayList<>();

	@OneToMany(mappedBy = "indicator", cascade = CascadeType.PERSIST)
	@OrderBy("takenOn DESC")
	private List<Reading> readings = new ArrayList<>();

	private String createdBy;

	private Instant createdAt;

	protected Indicator() {
	}

	/**
	 * @param knownItems which of the items the definition links to are the compact's
	 */
	Indicator(Definition definition, Set<UUID> knownItems, String createdBy, Instant createdAt) {
		super(UUID.randomUUID());
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		revise(definition, knownItems);
	}

	/**
	 * A new definition; the readings stay, and are judged against it from now on.
	 * @param knownItems which of the items the definition links to are the compact's
	 */
	void revise(Definition definition, Set<UUID> knownItems) {
		definition.requireSensible(knownItems);
		this.name = definition.name();
		this.unit = definition.unit();
		this.baselineValue = definition.baseline().value();
		this.baselineOn = definition.baseline().on();
		this.targetValue = definition.target().value();
		this.targetOn = definition.target().on();
		this.direction = definition.direction();
		this.tolerance = definition.tolerance();
		this.visibility = definition.visibility();
		if (!itemIds.equals(definition.itemIds())) {
			this.itemIds = new ArrayList<>(definition.itemIds());
		}
	}

	/**
	 * Takes a reading: on a day that has come, and the only one of its day.
	 * @param today the compact's today, which a reading may not be after
	 */
	Reading record(Point point, @Nullable String note, @Nullable String source, String by, Instant at,
			LocalDate today) {
		List<InvalidField> problems = new ArrayList<>();
		Definition.requireInRange("on", point.on(), problems);
		if (point.on().isAfter(today)) {
			problems.add(new InvalidField("on", "is in the future: a reading is of a day that has come"));
		}
		problems.addAll(Units.refusals(unit, "value", point.value()));
		if (!problems.isEmpty()) {
			throw Refusal.invalid("A reading is taken on a day that has come, in the indicator's unit.", problems);
		}
		if (readings.stream().anyMatch(reading -> reading.on().equals(point.on()))) {
			throw Refusal.conflict("This indicator has a reading on " + point.on()
					+ " already; readings are never changed, so a day has one.", "on", "has a reading already");
		}
		Reading reading = new Reading(this, point, note, source, by, at);
		readings.add(reading);
		readings.sort(NEWEST_FIRST);
		return reading;
	}

	/** Whether a reader of this reach sees it (federation's one rule). */
	boolean isReadBy(Reach reach) {
		return reach.sees(visibility);
	}

	Definition definition() {
		return new Definition(name, unit, new Point(baselineValue, baselineOn), new Point(targetValue, targetOn),
				direction, tolerance, visibility, List.copyOf(itemIds));
	}

	/** Newest first. */
	List<Reading> readings() {
		return List.copyOf(readings);
	}

	/** The latest reading, the value expected on its day, and the RAG they give. */
	Standing standing() {
		return standing(readings.isEmpty() ? null : readings.get(0).point());
	}

	/**
	 * As {@link #standing()}, when the latest reading was found without loading the
	 * others (a county's roll-up asks for hundreds of compacts' indicators).
	 */
	Standing standing(@Nullable Point latest) {
		if (latest == null) {
			return new Standing(null, null, Rag.NONE);
		}
		Point baseline = new Point(baselineValue, baselineOn);
		Point target = new Point(targetValue, targetOn);
		return new Standing(latest, Rag.expected(baseline, target, latest.on()),
				Rag.of(baseline, target, direction, tolerance, latest));
	}

	String name() {
		return name;
	}

	/** Null fields, and NONE, when there is no reading. */
	record Standing(@Nullable Point latest, @Nullable BigDecimal expected, Rag rag) {
	}

}

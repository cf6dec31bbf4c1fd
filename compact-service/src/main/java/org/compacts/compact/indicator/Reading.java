package org.compacts.compact.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.compacts.compact.tenancy.TenantOwned;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One reading of an indicator, as it was taken: never changed or removed. */
@Entity
@Table(name = "indicator_reading")
@Immutable
class Reading extends TenantOwned {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "indicator_id")
	private Indicator indicator;

	private LocalDate takenOn;

	private BigDecimal value;

	private @Nullable String note;

	private @Nullable String source;

	private String recordedBy;

	private Instant recordedAt;

	protected Reading() {
	}

	Reading(Indicator indicator, Point point, @Nullable String note, @Nullable String source, String recordedBy,
			Instant recordedAt) {
		super(UUID.randomUUID());
		this.indicator = indicator;
		this.takenOn = point.on();
		this.value = point.value();
		this.note = note;
		this.source = source;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	Point point() {
		return new Point(value, takenOn);
	}

	LocalDate on() {
		return takenOn;
	}

	@Nullable String note() {
		return note;
	}

	@Nullable String source() {
		return source;
	}

	String recordedBy() {
		return recordedBy;
	}

	Instant recordedAt() {
		return recordedAt;
	}

}

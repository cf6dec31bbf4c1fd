package org.compacts.compact.plan;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.compacts.compact.federation.Reach;
import org.compacts.compact.federation.Visibility;
import org.compacts.compact.tenancy.VersionedTenantOwned;
import org.compacts.servicekit.refusal.Refusal;

/**
 * A compact's action plan for one period (a financial year, {@code 2027-28}), and who
 * beyond its members reads it.
 */
@Entity
class ActionPlan extends VersionedTenantOwned {

	private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(\\d{2})");

	private String title;

	private String period;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	private String createdBy;

	private Instant createdAt;

	protected ActionPlan() {
	}

	ActionPlan(String title, String period, Visibility visibility, String createdBy) {
		super(UUID.randomUUID());
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
		describe(title, period, visibility);
	}

	void describe(String title, String period, Visibility visibility) {
		requirePeriod(period);
		this.title = title.strip();
		this.period = period;
		this.visibility = visibility;
	}

	/**
	 * A period is a financial year as councils write it: {@code 2027-28}, the second year
	 * the one after the first.
	 */
	static void requirePeriod(String period) {
		Matcher parts = PERIOD.matcher(period);
		if (!parts.matches() || (Integer.parseInt(parts.group(1)) + 1) % 100 != Integer.parseInt(parts.group(2))) {
			throw Refusal.invalid("A plan's period is a year and the next, as 2027-28.", "period",
					"must be a year, a hyphen and the next year's last two digits, as 2027-28");
		}
	}

	/** Whether a reader of this reach sees this plan (federation's one rule). */
	boolean isReadableBy(Reach reach) {
		return reach.sees(visibility);
	}

	String title() {
		return title;
	}

	String period() {
		return period;
	}

	Visibility visibility() {
		return visibility;
	}

}

package org.compacts.compact.mark;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.compact.signatory.OrganisationNames;
import org.compacts.compact.tenancy.CurrentTenant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the renewal reminders ask: the marks in force that expire within the notice
 * period, read in the compact's own tenant and read-only transaction, as the disputes
 * past their deadline are.
 */
@Component
public class ExpiringMarks {

	/** How long before its expiry a mark's renewal is asked for. */
	public static final int NOTICE_DAYS = 30;

	/** A mark to renew, and the organisation that holds it. */
	public record Expiring(UUID markId, String organisation, LocalDate expiresOn) {
	}

	private final SelfAssessments assessments;

	private final OrganisationNames organisations;

	private final TransactionTemplate eachInItsOwn;

	ExpiringMarks(SelfAssessments assessments, OrganisationNames organisations,
			PlatformTransactionManager transactions) {
		this.assessments = assessments;
		this.organisations = organisations;
		this.eachInItsOwn = new TransactionTemplate(transactions);
		this.eachInItsOwn.setReadOnly(true);
		this.eachInItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * In one compact, as of a day: those expiring soonest first, the expired included.
	 */
	public List<Expiring> in(String tenant, LocalDate today) {
		return CurrentTenant.callAs(tenant, () -> eachInItsOwn.execute(status -> {
			List<SelfAssessment> found = assessments.awardedExpiringBy(today.plusDays(NOTICE_DAYS));
			Map<UUID, String> names = found.isEmpty() ? Map.of()
					: organisations.of(found.stream().map(SelfAssessment::organisationId).distinct().toList());
			return found.stream()
				.map(mark -> new Expiring(mark.id(), names.getOrDefault(mark.organisationId(), ""),
						java.util.Objects.requireNonNull(mark.expiresOn())))
				.toList();
		}));
	}

}

package org.compacts.compact.dispute;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.compacts.compact.federation.Federation;
import org.compacts.compact.tenancy.CurrentTenant;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the reminders ask: the disputes whose current stage has passed its deadline, with
 * the owner to remind (who moved it into that stage). Each compact is read in its own
 * tenant and read-only transaction, so row-level security holds throughout, as for the
 * county roll-up.
 */
@Component
public class OverdueDisputes {

	/**
	 * @param deadline the current stage's last day
	 * @param overdueSince the day after it
	 * @param ownerEmail null when the owner's sign-in carried no e-mail address
	 */
	public record Overdue(String tenant, UUID disputeId, String title, DisputeStage stage, LocalDate deadline,
			LocalDate overdueSince, String ownerUsername, @Nullable String ownerEmail) {
	}

	private final Disputes disputes;

	private final Federation federation;

	private final TransactionTemplate eachInItsOwn;

	private final Clock clock;

	OverdueDisputes(Disputes disputes, Federation federation, PlatformTransactionManager transactions,
			ObjectProvider<Clock> clock) {
		this.disputes = disputes;
		this.federation = federation;
		this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Europe/London")));
		this.eachInItsOwn = new TransactionTemplate(transactions);
		this.eachInItsOwn.setReadOnly(true);
		this.eachInItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** In one compact, as of today in England; the longest overdue first. */
	public List<Overdue> in(String tenant) {
		return in(tenant, LocalDate.now(clock));
	}

	/** In one compact, as of a day; the longest overdue first. */
	public List<Overdue> in(String tenant, LocalDate today) {
		return CurrentTenant.callAs(tenant, () -> eachInItsOwn.execute(status -> disputes
			.findByStageDeadlineBeforeOrderByStageDeadlineAsc(today)
			.stream()
			.map(dispute -> new Overdue(tenant, dispute.id(), dispute.title(), dispute.stage(), dispute.stageDeadline(),
					dispute.overdueSince(today), dispute.ownerUsername(), dispute.ownerEmail()))
			.toList()));
	}

	/** In every compact not archived, as of a day: compact by compact. */
	public List<Overdue> everywhere(LocalDate today) {
		List<Overdue> overdue = new ArrayList<>();
		for (String tenant : federation.compacts()) {
			overdue.addAll(in(tenant, today));
		}
		return overdue;
	}

}

package org.compacts.sync.propagation;

import jakarta.validation.Valid;
import org.compacts.contracts.Topics;
import org.compacts.contracts.tenant.TenantArchived;
import org.compacts.contracts.tenant.TenantEvent;
import org.compacts.sync.federation.FederationMember;
import org.compacts.sync.federation.FederationTenants;
import org.compacts.sync.federation.Followers;
import org.compacts.sync.messaging.Outbound;
import org.compacts.sync.messaging.Outbound.Sends;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the federation graph from the tenant events, and acts on what a change means for
 * who receives what: a tenant that starts receiving a source's items (it adopts its
 * parent's compact, gets a parent, or its county starts following national) catches up
 * with the latest version of each; one that stops (it keeps its own compact, leaves its
 * parent, is archived, or its county is) has its items marked as no longer followed and
 * is sent nothing more.
 */
@Component
class FederationChanges {

	private static final Logger log = LoggerFactory.getLogger(FederationChanges.class);

	private final GraphLock graphLock;

	private final ProcessedEvents processed;

	private final FederationTenants federation;

	private final Deliveries deliveries;

	private final Outbound outbound;

	FederationChanges(GraphLock graphLock, ProcessedEvents processed, FederationTenants federation,
			Deliveries deliveries, Outbound outbound) {
		this.graphLock = graphLock;
		this.processed = processed;
		this.federation = federation;
		this.deliveries = deliveries;
		this.outbound = outbound;
	}

	@KafkaListener(id = "sync-federation", idIsGroup = false, topics = Topics.TENANT_EVENTS)
	@Transactional
	public void on(@Valid @Payload TenantEvent event) {
		graphLock.exclusive();
		if (!processed.firstTime(event.eventId(), Topics.TENANT_EVENTS)) {
			log.debug("Tenant event {} handled already", event.eventId());
			return;
		}
		Followers before = federation.graph();
		FederationMember member = new FederationMember(event.tenant(), event.level(), event.parentSlug(),
				event.adoption(), event instanceof TenantArchived);
		if (!federation.record(member, event.occurredAt())) {
			log.info("Tenant event {} for {} is older than the one stored: ignored", event.eventId(), event.tenant());
			return;
		}
		Sends sends = outbound.sends();
		for (Followers.Change change : Followers.changes(before, federation.graph())) {
			change.gained().forEach(source -> deliveries.catchUp(change.tenant(), source, sends));
			change.lost().forEach(source -> deliveries.stopFollowing(change.tenant(), source, sends));
		}
		sends.awaitAll();
	}

}

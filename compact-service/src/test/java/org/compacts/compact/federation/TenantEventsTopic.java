package org.compacts.compact.federation;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.compacts.contracts.Topics;
import org.compacts.contracts.tenant.Adoption;
import org.compacts.contracts.tenant.TenantArchived;
import org.compacts.contracts.tenant.TenantCreated;
import org.compacts.contracts.tenant.TenantEvent;
import org.compacts.contracts.tenant.TenantLevel;
import org.compacts.contracts.tenant.TenantParentChanged;
import org.compacts.testkit.TestKafka;

/**
 * The test plays tenant-service on the real broker: it publishes tenant events as
 * tenant-service does (JSON with the {@code __TypeId__} header, keyed by the tenant) and
 * waits until compact-service's federation group has handled them.
 */
public final class TenantEventsTopic {

	private TenantEventsTopic() {
	}

	public static TenantCreated county(String slug, Instant at) {
		return new TenantCreated(UUID.randomUUID(), slug, at, TenantEvent.SCHEMA_VERSION, slug, TenantLevel.COUNTY,
				null, Adoption.KEEPS_OWN);
	}

	public static TenantCreated district(String slug, String parent, Adoption adoption, Instant at) {
		return new TenantCreated(UUID.randomUUID(), slug, at, TenantEvent.SCHEMA_VERSION, slug, TenantLevel.DISTRICT,
				parent, adoption);
	}

	public static TenantParentChanged moved(String slug, String from, String to, Instant at) {
		return new TenantParentChanged(UUID.randomUUID(), slug, at, TenantEvent.SCHEMA_VERSION, TenantLevel.DISTRICT,
				from, to, Adoption.ADOPTS_PARENT_CORE);
	}

	public static TenantArchived archived(String slug, String parent, Instant at) {
		return new TenantArchived(UUID.randomUUID(), slug, at, TenantEvent.SCHEMA_VERSION, TenantLevel.DISTRICT, parent,
				Adoption.ADOPTS_PARENT_CORE);
	}

	/**
	 * Publishes each, keyed by its tenant, and waits until compact-service handled them
	 * all.
	 */
	public static void publish(TenantEvent... events) {
		Arrays.stream(events)
			.map(event -> send(event.tenant(), event))
			.toList()
			.forEach(sent -> TestKafka.awaitCommitted(TenantEvents.GROUP, sent));
	}

	static RecordMetadata send(String key, TenantEvent event) {
		return TestKafka.send(Topics.TENANT_EVENTS, key, event);
	}

}

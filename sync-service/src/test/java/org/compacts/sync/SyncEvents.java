package org.compacts.sync;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.SharedItemPublished;
import org.compacts.contracts.sync.SyncEvent;
import org.compacts.contracts.tenant.Adoption;
import org.compacts.contracts.tenant.TenantAdoptionChanged;
import org.compacts.contracts.tenant.TenantArchived;
import org.compacts.contracts.tenant.TenantCreated;
import org.compacts.contracts.tenant.TenantEvent;
import org.compacts.contracts.tenant.TenantLevel;
import org.compacts.contracts.tenant.TenantParentChanged;

import static org.compacts.contracts.tenant.Adoption.ADOPTS_PARENT_CORE;
import static org.compacts.contracts.tenant.Adoption.KEEPS_OWN;
import static org.compacts.contracts.tenant.TenantLevel.COUNTY;
import static org.compacts.contracts.tenant.TenantLevel.DISTRICT;
import static org.compacts.contracts.tenant.TenantLevel.NATIONAL;
import static org.compacts.contracts.tenant.TenantLevel.STANDALONE;

/**
 * The events the other services would send, made and put on the real broker by a test.
 */
public final class SyncEvents {

	private static final AtomicInteger SLUGS = new AtomicInteger();

	private SyncEvents() {
	}

	/** A slug no other test uses in this run. */
	public static String uniqueSlug(String prefix) {
		return prefix + "-" + SLUGS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
	}

	/**
	 * The demo federation (Kent → Swale, Canterbury; Derbyshire → South Derbyshire;
	 * Hounslow standalone), and Dover: a Kent district that keeps its own compact.
	 */
	public static void demoFederation() {
		tenant("national", NATIONAL, null, KEEPS_OWN);
		tenant("kent", COUNTY, "national", ADOPTS_PARENT_CORE);
		tenant("derbyshire", COUNTY, "national", ADOPTS_PARENT_CORE);
		tenant("swale", DISTRICT, "kent", ADOPTS_PARENT_CORE);
		tenant("canterbury", DISTRICT, "kent", Adoption.ADOPTS_PARENT_AS_FIRST);
		tenant("dover", DISTRICT, "kent", KEEPS_OWN);
		tenant("south-derbyshire", DISTRICT, "derbyshire", ADOPTS_PARENT_CORE);
		tenant("hounslow", STANDALONE, null, KEEPS_OWN);
	}

	public static final List<String> DEMO_SLUGS = List.of("national", "kent", "derbyshire", "swale", "canterbury",
			"dover", "south-derbyshire", "hounslow");

	public static RecordMetadata tenant(String slug, TenantLevel level, String parent, Adoption adoption) {
		return tenantEvent(new TenantCreated(UUID.randomUUID(), slug, Instant.now(), TenantEvent.SCHEMA_VERSION, slug,
				level, parent, adoption));
	}

	public static RecordMetadata adoptionChanged(String slug, String parent, Adoption from, Adoption to) {
		return tenantEvent(new TenantAdoptionChanged(UUID.randomUUID(), slug, Instant.now(), TenantEvent.SCHEMA_VERSION,
				DISTRICT, parent, from, to));
	}

	public static RecordMetadata parentChanged(String slug, TenantLevel level, String from, String to,
			Adoption adoption) {
		return tenantEvent(new TenantParentChanged(UUID.randomUUID(), slug, Instant.now(), TenantEvent.SCHEMA_VERSION,
				level, from, to, adoption));
	}

	public static RecordMetadata archived(String slug, TenantLevel level, String parent, Adoption adoption) {
		return tenantEvent(new TenantArchived(UUID.randomUUID(), slug, Instant.now(), TenantEvent.SCHEMA_VERSION, level,
				parent, adoption));
	}

	public static RecordMetadata tenantEvent(TenantEvent event) {
		return SyncKafka.send(Topics.TENANT_EVENTS, event.tenant(), event);
	}

	/**
	 * A code as compact-service would publish it; the content is opaque to sync-service.
	 */
	public static SharedItemPublished code(String source, UUID item, int version) {
		return code(source, item, version, null);
	}

	/**
	 * A code at a position among its source's codes ({@code null}: as an older producer).
	 */
	public static SharedItemPublished code(String source, UUID item, int version, Integer position) {
		return new SharedItemPublished(UUID.randomUUID(), SyncEvent.SCHEMA_VERSION, source, item, "CODE", version,
				"CORE", false, "{\"title\":\"Consultation\",\"aim\":\"12 weeks, 8 at least\",\"v\":" + version + "}",
				Instant.now().truncatedTo(ChronoUnit.MILLIS), position);
	}

	/** The same version again at another position: the source reordered its items. */
	public static SharedItemPublished movedTo(SharedItemPublished item, int position) {
		return new SharedItemPublished(UUID.randomUUID(), item.schemaVersion(), item.sourceTenant(), item.itemId(),
				item.kind(), item.version(), item.mode(), item.retired(), item.content(), item.publishedAt(), position);
	}

	public static SharedItemPublished publish(SharedItemPublished item) {
		sendItem(item);
		return item;
	}

	public static RecordMetadata sendItem(SharedItemPublished item) {
		return SyncKafka.send(Topics.SHARED_ITEMS, SharedItemPublished.key(item.sourceTenant(), item.itemId()), item);
	}

	public static void outcome(String district, SharedItemPublished item, ApplyOutcome.Result result, Instant appliedAt,
			String detail) {
		SyncKafka.send(Topics.APPLY_OUTCOMES, district, new ApplyOutcome(UUID.randomUUID(), SyncEvent.SCHEMA_VERSION,
				district, item.sourceTenant(), item.itemId(), item.version(), result, detail, appliedAt));
	}

}

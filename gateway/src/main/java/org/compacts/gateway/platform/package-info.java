/**
 * The health of the platform as the gateway sees it: each service's readiness, fetched
 * through the same network path the gateway's routes use.
 */
package org.compacts.gateway.platform;

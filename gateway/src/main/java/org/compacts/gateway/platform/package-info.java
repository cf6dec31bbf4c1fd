/**
 * The health of the platform as the gateway sees it: each service's readiness, fetched
 * through the same network path the gateway's routes use.
 */
@NullMarked
package org.compacts.gateway.platform;

import org.jspecify.annotations.NullMarked;

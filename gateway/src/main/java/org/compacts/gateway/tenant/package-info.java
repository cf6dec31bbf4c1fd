/**
 * A request for a compact that does not exist ends at the gateway with 404: the services
 * behind it never see a tenant that the registry does not know.
 */
@NullMarked
package org.compacts.gateway.tenant;

import org.jspecify.annotations.NullMarked;

/**
 * Who holds which role in which compact. Memberships live in Keycloak, as the groups
 * {@code /tenants/{slug}/{role}}, and reach every service in the token's
 * {@code memberships} claim; this module keeps them there through the
 * {@link org.compacts.tenant.membership.Directory}, whose one implementation
 * ({@code KeycloakDirectory}) is the only class of the service that knows Keycloak's
 * admin client.
 */
@NullMarked
package org.compacts.tenant.membership;

import org.jspecify.annotations.NullMarked;

/**
 * The gateway is the browser's OIDC client of Keycloak (authorization code with PKCE, the
 * session kept on the server), relays each signed-in request to the services with its
 * access token, and lets bearer-token callers straight through once their token checks
 * out. It also limits each client's rate and adds the security headers.
 */
@NullMarked
package org.compacts.gateway.security;

import org.jspecify.annotations.NullMarked;

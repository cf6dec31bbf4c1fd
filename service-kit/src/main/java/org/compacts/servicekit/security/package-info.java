/**
 * Every service is an OAuth2 resource server of the {@code compacts} realm: it checks the
 * token's signature, issuer, audience and expiry, turns the {@code memberships} claim
 * into per-tenant authorities, and answers 401 and 403 as RFC 9457 problem details that
 * reveal nothing of its internals.
 */
@NullMarked
package org.compacts.servicekit.security;

import org.jspecify.annotations.NullMarked;

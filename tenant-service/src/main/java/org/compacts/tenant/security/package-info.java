/**
 * Who may do what with the registry, memberships and invitations. The service is a
 * resource server of the {@code compacts} realm (service-kit's
 * {@code ResourceServer.filterChain}); the rules here are by request, and every request
 * that no rule names is denied.
 */
@NullMarked
package org.compacts.tenant.security;

import org.jspecify.annotations.NullMarked;

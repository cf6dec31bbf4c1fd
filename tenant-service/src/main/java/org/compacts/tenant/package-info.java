/**
 * tenant-service: the register of compacts (tenants) and their federation graph, who
 * holds which role in each (kept in Keycloak), and invitations; one module per package
 * below this one.
 */
@NullMarked
package org.compacts.tenant;

import org.jspecify.annotations.NullMarked;

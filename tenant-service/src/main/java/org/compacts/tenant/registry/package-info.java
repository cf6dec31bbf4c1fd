/**
 * The tenant registry: every compact (tenant), its place in the federation graph (level,
 * parent, adoption), its public profile, who changed its place and when, and the tenant
 * events that tell sync-service about it. The rules of the graph are plain Java
 * ({@link org.compacts.tenant.registry.FederationRules}).
 */
@NullMarked
package org.compacts.tenant.registry;

import org.jspecify.annotations.NullMarked;

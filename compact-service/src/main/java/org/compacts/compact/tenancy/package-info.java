/**
 * Which compact a request works in, and how that reaches the database: Hibernate's
 * {@code @TenantId} on every tenant-owned entity, and PostgreSQL row-level security on
 * every tenant table as the backstop.
 */
@NullMarked
package org.compacts.compact.tenancy;

import org.jspecify.annotations.NullMarked;

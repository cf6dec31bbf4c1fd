/**
 * Reminders and digests by e-mail (issue 12): what a person of a compact is to be told
 * ({@link org.compacts.compact.notice.Reminders}, the one intake every feature feeds),
 * how often each wants it per compact (at once, a daily or weekly digest, or none), and
 * the jobs that send it on a persistent schedule in PostgreSQL (db-scheduler), each mail
 * claimed by its idempotency key before it goes, so that none goes twice (ADR 16).
 */
@NullMarked
package org.compacts.compact.notice;

import org.jspecify.annotations.NullMarked;

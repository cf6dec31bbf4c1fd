/**
 * E-mail reminders and digests from a compact: each member's page to choose how often
 * they hear from it (at once, a daily or weekly digest, never), and the page a mail's
 * unsubscribe link opens, which needs no sign-in (its signature is checked by
 * compact-service).
 */
@NullMarked
package org.compacts.portal.notice;

import org.jspecify.annotations.NullMarked;

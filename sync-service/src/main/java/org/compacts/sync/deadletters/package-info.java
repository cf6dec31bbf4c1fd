/**
 * The dead letters, for a platform admin: {@code GET /api/sync/dead-letters} lists the
 * records on sync-service's dead-letter topic (what, why, from where) and {@code POST
 * /api/sync/dead-letters/{id}/replay} sends one back to its original topic once the cause
 * is fixed, once only, recorded with who and when.
 */
@NullMarked
package org.compacts.sync.deadletters;

import org.jspecify.annotations.NullMarked;

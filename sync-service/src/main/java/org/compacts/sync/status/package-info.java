/**
 * The sync status API: {@code GET /api/t/{tenant}/sync} (what a compact receives, item by
 * item) and {@code GET /api/t/{tenant}/sync/followers} (who receives a county's items,
 * and where each stands).
 */
@NullMarked
package org.compacts.sync.status;

import org.jspecify.annotations.NullMarked;

/**
 * The federation graph as sync-service keeps it: who is whose parent, who adopts its
 * parent's compact, who is archived; and {@link org.compacts.sync.federation.Followers},
 * the plain rules of who receives whose shared items.
 */
@NullMarked
package org.compacts.sync.federation;

import org.jspecify.annotations.NullMarked;

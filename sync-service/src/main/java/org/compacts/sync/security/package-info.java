/**
 * Who may read and act on a compact's sync status: its members read, its editors act; the
 * API documentation is public.
 */
@NullMarked
package org.compacts.sync.security;

import org.jspecify.annotations.NullMarked;

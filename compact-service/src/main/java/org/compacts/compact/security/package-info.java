/**
 * Who may do what in a compact: anyone reads what is published, its members also read
 * drafts and conflicts, its editors write; the tenant is the one in the path.
 */
@NullMarked
package org.compacts.compact.security;

import org.jspecify.annotations.NullMarked;

/**
 * A compact's shared items, its values and principles and its codes of practice, kept as
 * versioned histories: the persistence and the API around the pure rules of
 * {@link org.compacts.compact.versioning}. Every operation loads an item's history, asks
 * the domain, and writes back only the versions the domain says changed; a refusal writes
 * nothing.
 */
@NullMarked
package org.compacts.compact.item;

import org.jspecify.annotations.NullMarked;

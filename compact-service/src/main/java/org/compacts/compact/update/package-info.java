/**
 * Updates an editor sends the compact's champions, or all the people it knows, by e-mail
 * through the notices (each person's cadence, the one mail path), each kept as a page for
 * the compact's members and, when marked public, for anyone.
 */
@NullMarked
package org.compacts.compact.update;

import org.jspecify.annotations.NullMarked;

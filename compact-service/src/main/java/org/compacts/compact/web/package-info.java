/**
 * How the web API of a compact refuses what it cannot do, the same way in every part of
 * it.
 */
@NullMarked
package org.compacts.compact.web;

import org.jspecify.annotations.NullMarked;

/**
 * The event records and topic names that producers and consumers share. Records only: no
 * logic, no Spring, so every service can depend on this module without depending on each
 * other.
 */
@NullMarked
package org.compacts.contracts;

import org.jspecify.annotations.NullMarked;

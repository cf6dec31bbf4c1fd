/**
 * The event records and topics that producers and consumers share. Records only: no
 * logic, no Spring, so every service can depend on this module without depending on each
 * other. The records carry Bean Validation constraints saying what a valid one is; each
 * consumer's listener checks them before it does anything with a record.
 */
@NullMarked
package org.compacts.contracts;

import org.jspecify.annotations.NullMarked;

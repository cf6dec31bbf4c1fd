/**
 * The signatories of a compact: its organisations (public sector, voluntary and community
 * sector, private), and their signatures of the principles and codes of practice,
 * withdrawn rather than removed.
 */
@NullMarked
package org.compacts.compact.signatory;

import org.jspecify.annotations.NullMarked;

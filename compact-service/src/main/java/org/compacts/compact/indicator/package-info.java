/**
 * A compact's performance indicators: what it measures, from a baseline to a target, the
 * readings it takes (never changed or removed), and how the latest one stands against the
 * straight line between them ({@link org.compacts.compact.indicator.Rag}). Members read
 * them all, the members of the county it follows those shared with the county, anyone
 * else only the public ones ({@code federation.Readers}), and none learns of the others.
 */
@NullMarked
package org.compacts.compact.indicator;

import org.jspecify.annotations.NullMarked;

/**
 * Compact Champions: the person each partner organisation nominates to raise awareness of
 * the compact and oversee its implementation, and when they stood down. A compact
 * publishes its champions: it is a public role.
 */
@NullMarked
package org.compacts.compact.champion;

import org.jspecify.annotations.NullMarked;

/**
 * The shared values and principles of a compact: drafted by its editors, read by anyone once published.
 */
package org.compacts.compact.principle;

/**
 * The contacts of a compact, as its document lists them under "Contacts": whom to ask, at
 * which organisation, and how to reach them. Public, kept by the compact's editors.
 */
@NullMarked
package org.compacts.compact.contact;

import org.jspecify.annotations.NullMarked;

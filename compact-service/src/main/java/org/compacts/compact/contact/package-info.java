/**
 * The contacts of a compact, as its document lists them under "Contacts": whom to ask, at
 * which organisation, and how to reach them. Public, kept by the compact's editors.
 */
package org.compacts.compact.contact;

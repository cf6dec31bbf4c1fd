/**
 * The workspace pages of a compact's document around its principles and codes: the prose
 * sections its editors write, and its glossary. Its contacts, signatories and champions
 * have their pages in {@code people}.
 */
package org.compacts.portal.document;

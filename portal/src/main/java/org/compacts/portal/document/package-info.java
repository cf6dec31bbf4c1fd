/**
 * The workspace pages of a compact's document around its principles and codes: the prose
 * sections its editors write, and (to come) its glossary, contacts, signatories and
 * champions.
 */
package org.compacts.portal.document;

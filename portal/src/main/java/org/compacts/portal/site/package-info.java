/**
 * The public site of every compact, for anyone and without an account: the directory of
 * compacts, a compact's contents and one page per section, principle and code, where each
 * inherited item came from, each item's published history, recent changes and their Atom
 * feed, signatories, champions, glossary and contacts, and the whole compact on one page
 * and as a PDF. Pages read as the visitor, so members also see working versions, marked.
 */
package org.compacts.portal.site;

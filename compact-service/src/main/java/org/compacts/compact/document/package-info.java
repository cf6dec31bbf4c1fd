/**
 * The prose of a compact's document: its foreword, introduction, implementation,
 * compliance and resolution, and monitoring and review sections, one of each per compact,
 * public to read and written by its editors. The document's other parts (principles,
 * codes of practice, glossary, contacts) are kept by their own modules; whoever assembles
 * the whole document reads the prose through
 * {@link org.compacts.compact.document.ProseSections}.
 */
@NullMarked
package org.compacts.compact.document;

import org.jspecify.annotations.NullMarked;

/**
 * A compact's glossary: plain-language meanings of the terms its documents use, readable
 * by anyone, written by its editors.
 */
@NullMarked
package org.compacts.compact.glossary;

import org.jspecify.annotations.NullMarked;

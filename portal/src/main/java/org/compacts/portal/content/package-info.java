/**
 * A principle's or a code's words as compact-service reads and writes them, and the form
 * that edits them without JavaScript: shared by the editor, which writes the next
 * version, and by the conflicts pages, which write a resolution.
 */
@NullMarked
package org.compacts.portal.content;

import org.jspecify.annotations.NullMarked;

/**
 * The editor of a compact's principles and codes of practice: the items and their
 * versions, a form for every field of a principle or a code, the moves of a version
 * (consultation, publication as core or adaptable, withdrawal, retirement), and any two
 * versions side by side.
 */
@NullMarked
package org.compacts.portal.editor;

import org.jspecify.annotations.NullMarked;

/**
 * A compact's consultations: in the workspace, editors write, open and close them and
 * members respond for their organisation; on the public site, an opened consultation with
 * the rule its window was judged by, and its results once it has closed.
 */
@NullMarked
package org.compacts.portal.consultation;

import org.jspecify.annotations.NullMarked;

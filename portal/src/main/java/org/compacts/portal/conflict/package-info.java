/**
 * A district's conflicts with the compact it follows, in its workspace: the items whose
 * amendment here and newer upstream version changed the same field, each shown base, ours
 * and upstream side by side, and resolved by an editor (take upstream's, keep ours, or
 * edit) through compact-service, as the visitor.
 */
@NullMarked
package org.compacts.portal.conflict;

import org.jspecify.annotations.NullMarked;

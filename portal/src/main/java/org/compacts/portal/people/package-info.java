/**
 * The workspace pages of a compact's people: its contacts, its signatory organisations
 * with what each signed (and withdrew), and its Compact Champions. Members read them;
 * editors add, change, record signatures and withdrawals, appoint champions and see them
 * stand down. Every rule is compact-service's: the pages send what was typed as the
 * visitor and show its refusals on the form.
 */
@NullMarked
package org.compacts.portal.people;

import org.jspecify.annotations.NullMarked;

/**
 * Accepting an invitation: the link in the e-mail opens a page (after sign-in) that says
 * which compact and role it offers, and one button accepts it as the signed-in person.
 */
@NullMarked
package org.compacts.portal.invitation;

import org.jspecify.annotations.NullMarked;

/**
 * The successes log and case studies: in the workspace, a compact's successes with where
 * each stands, a success's page, the forms that record and change one, approve it, make
 * it public and withdraw it; on the public site, a compact's case studies and each one's
 * page, the case studies on the page of each principle and code they show, and the search
 * across every compact ({@code /case-studies}). Every rule is compact-service's: the
 * pages send what was typed as the visitor, with the version it was read at, and show its
 * refusals.
 */
@NullMarked
package org.compacts.portal.success;

import org.jspecify.annotations.NullMarked;

/**
 * The compliance self-assessment and the "Compact compliant" quality mark: a signatory
 * organisation answers the undertakings of the codes it signed, for its side
 * ({@link org.compacts.compact.mark.Undertakings}, plain Java), met, partly or not, with
 * evidence; the steering group (for now the compact's editors) awards the mark for a year
 * by default, or revokes it with a reason. Each awarded mark has a public page and an
 * Open Badges style assertion; a revoked one answers 410 Gone with its reason.
 */
@NullMarked
package org.compacts.compact.mark;

import org.jspecify.annotations.NullMarked;

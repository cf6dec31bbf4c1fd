/**
 * The funding register in the workspace: each grant or contract between the compact's
 * organisations, checked by compact-service against the published funding code (compliant
 * or not, why, and the code version), and the form that records or changes one; and the
 * compliance self-assessments and quality marks: an organisation's answers to the
 * undertakings of the codes it signed, their review, award and revocation, and each
 * mark's public page.
 */
@NullMarked
package org.compacts.portal.funding;

import org.jspecify.annotations.NullMarked;

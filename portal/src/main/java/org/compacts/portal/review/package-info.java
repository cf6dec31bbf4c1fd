/**
 * A compact's steering group and annual reviews: in the workspace, the group with its
 * members, schedule and the matters arising its next agenda starts from; the reviews, and
 * a review's page where editors start it, answer the monitoring questions, add and decide
 * amendments, sign it off for the group and publish it; on the public site, the published
 * reviews, each as a page and a PDF. Every rule is compact-service's: the pages send what
 * was typed as the visitor, with the version it was read at, and show its refusals.
 */
@NullMarked
package org.compacts.portal.review;

import org.jspecify.annotations.NullMarked;

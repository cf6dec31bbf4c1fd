/**
 * The workspace's disputes log: the list with its figures, a dispute with its history,
 * the forms to raise one, move it on (resolve or withdraw it), write and publish its
 * anonymised summary, and the compact's deadlines per stage; and the published summaries
 * on the compact's public site. Every rule is compact-service's.
 */
@NullMarked
package org.compacts.portal.dispute;

import org.jspecify.annotations.NullMarked;

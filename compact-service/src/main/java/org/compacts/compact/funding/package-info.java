/**
 * A compact's funding register: the grants and contracts between its organisations, each
 * checked against the measurable commitments of the compact's published funding code, as
 * data ({@link org.compacts.compact.funding.FundingRules}, plain Java): compliant or not,
 * why, and the code version it was checked against. A new published version of a code
 * checks every record again and marks those that newly fail. Members read it; editors
 * write it.
 */
@NullMarked
package org.compacts.compact.funding;

import org.jspecify.annotations.NullMarked;

/**
 * A compact's steering group and its annual reviews. The group (its members and how often
 * it meets) oversees the compact; each financial year's review answers the compact's
 * monitoring questions, decides the feedback and suggested amendments gathered since the
 * last one, and is signed off for the group, which freezes a snapshot of the year's
 * figures read from the plan, indicators, disputes and successes
 * ({@link org.compacts.compact.review.ReviewSnapshot}); then it may be published. The
 * next year's review starts from the last: its questions, and the amendments still
 * undecided. Members read the group and every review; anyone else the published reviews.
 */
@NullMarked
package org.compacts.compact.review;

import org.jspecify.annotations.NullMarked;

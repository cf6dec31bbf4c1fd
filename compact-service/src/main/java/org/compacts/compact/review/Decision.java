package org.compacts.compact.review;

/**
 * What a review decided of a suggested amendment; a pending or deferred one is carried
 * into the next year's review.
 */
enum Decision {

	PENDING, ACCEPTED, REJECTED, DEFERRED;

	boolean isCarriedForward() {
		return this == PENDING || this == DEFERRED;
	}

}

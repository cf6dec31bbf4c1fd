package org.compacts.compact.review;

/**
 * Where a review stands: only a signed-off one is published, and only a draft changed.
 */
enum ReviewState {

	DRAFT, SIGNED_OFF, PUBLISHED

}

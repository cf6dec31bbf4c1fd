package org.compacts.compact.mark;

/** Where a self-assessment stands: an awarded one is a quality mark. */
enum State {

	DRAFT, SUBMITTED, AWARDED, REVOKED

}

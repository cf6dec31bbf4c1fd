package org.compacts.compact.success;

/** Where a success stands: only an approved one may be made public. */
enum State {

	DRAFT, APPROVED, PUBLIC

}

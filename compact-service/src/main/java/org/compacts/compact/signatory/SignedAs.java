package org.compacts.compact.signatory;

/**
 * Whether an organisation signed as part of the partnership or as a separate entity (the
 * Kent draft's (c)).
 */
enum SignedAs {

	PARTNERSHIP, SEPARATE_ENTITY

}

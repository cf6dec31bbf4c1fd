package org.compacts.compact.plan;

/**
 * Who reads a plan besides the compact's members: nobody, the county (its roll-up; until
 * that exists, read as members only), or everyone.
 */
enum Visibility {

	MEMBERS, COUNTY, PUBLIC

}

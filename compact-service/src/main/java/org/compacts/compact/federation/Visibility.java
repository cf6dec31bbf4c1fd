package org.compacts.compact.federation;

/**
 * Who reads a compact's plan or indicator besides its members: nobody, the county it
 * follows (the roll-up and its drill-down), or everyone.
 */
public enum Visibility {

	MEMBERS, COUNTY, PUBLIC

}

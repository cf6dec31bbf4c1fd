package org.compacts.compact.indicator;

/**
 * Who beyond the compact's members reads an indicator. {@code COUNTY} is for the county
 * roll-up; until there is one it reads like {@code MEMBERS}.
 */
enum Visibility {

	MEMBERS, COUNTY, PUBLIC;

	boolean isPublic() {
		return this == PUBLIC;
	}

}

package org.compacts.compact.federation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How far one reader sees into one compact's plans and indicators. What a reader does not
 * see does not exist for them: 404, never 403.
 */
public enum Reach {

	/** A member (or higher) of the compact: everything it keeps. */
	MEMBER,

	/**
	 * A member of the county the compact follows: what it shares with the county, and
	 * what is public.
	 */
	COUNTY,

	/** Anyone else, the anonymous included: what is public. */
	PUBLIC;

	public boolean sees(Visibility visibility) {
		return switch (this) {
			case MEMBER -> true;
			case COUNTY -> visibility != Visibility.MEMBERS;
			case PUBLIC -> visibility == Visibility.PUBLIC;
		};
	}

	/** What this reach sees, for a query that filters by visibility. */
	public Set<Visibility> visible() {
		return Arrays.stream(Visibility.values())
			.filter(this::sees)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Visibility.class)));
	}

	/**
	 * @param member whether the reader is a member (or higher) of the compact
	 * @param ofItsCounty whether the reader is a member of the county the compact follows
	 */
	static Reach of(boolean member, boolean ofItsCounty) {
		if (member) {
			return MEMBER;
		}
		return ofItsCounty ? COUNTY : PUBLIC;
	}

}

package org.compacts.compact.versioning;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.compacts.compact.versioning.ItemStatus.CONSULTATION;
import static org.compacts.compact.versioning.ItemStatus.DRAFT;
import static org.compacts.compact.versioning.ItemStatus.PUBLISHED;
import static org.compacts.compact.versioning.ItemStatus.RETIRED;
import static org.compacts.compact.versioning.ItemStatus.SUPERSEDED;
import static org.compacts.compact.versioning.ItemStatus.WITHDRAWN;

/**
 * The moves one version may make, as a table, so the whole lifecycle can be read in one
 * place:
 *
 * <pre>
 * DRAFT        -> CONSULTATION | PUBLISHED | WITHDRAWN | SUPERSEDED (by a newer edit)
 * CONSULTATION -> PUBLISHED | WITHDRAWN | SUPERSEDED (by a newer edit)
 * PUBLISHED    -> SUPERSEDED (by a newer publication) | RETIRED
 * SUPERSEDED, RETIRED, WITHDRAWN: final
 * </pre>
 *
 * A draft may be published without a consultation: whether a change needs one (a new
 * minimum period does, a typo does not) is for the editors to judge, not the software.
 * Nothing goes back to DRAFT: a new draft is always a new version, so what was consulted
 * on or published stays as it was.
 */
public final class Lifecycle {

	private static final Map<ItemStatus, Set<ItemStatus>> ALLOWED = new EnumMap<>(ItemStatus.class);

	static {
		ALLOWED.put(DRAFT, EnumSet.of(CONSULTATION, PUBLISHED, WITHDRAWN, SUPERSEDED));
		ALLOWED.put(CONSULTATION, EnumSet.of(PUBLISHED, WITHDRAWN, SUPERSEDED));
		ALLOWED.put(PUBLISHED, EnumSet.of(SUPERSEDED, RETIRED));
		ALLOWED.put(SUPERSEDED, EnumSet.noneOf(ItemStatus.class));
		ALLOWED.put(RETIRED, EnumSet.noneOf(ItemStatus.class));
		ALLOWED.put(WITHDRAWN, EnumSet.noneOf(ItemStatus.class));
	}

	private Lifecycle() {
	}

	public static Transition move(ItemStatus from, ItemStatus to) {
		if (ALLOWED.get(from).contains(to)) {
			return new Transition.Moved(to);
		}
		return new Refused(Refused.Ground.NOT_ALLOWED, "a " + from.label() + " version cannot move to " + to.label());
	}

}

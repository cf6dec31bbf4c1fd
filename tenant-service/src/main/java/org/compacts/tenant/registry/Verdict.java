package org.compacts.tenant.registry;

import java.util.List;

/**
 * What the federation rules say about a proposed change: allowed, or refused with every
 * reason.
 */
sealed interface Verdict {

	static Verdict of(List<Violation> violations) {
		return violations.isEmpty() ? new Allowed() : new Refused(List.copyOf(violations));
	}

	record Allowed() implements Verdict {
	}

	record Refused(List<Violation> violations) implements Verdict {
	}

}

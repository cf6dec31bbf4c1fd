package org.compacts.compact.notice;

import java.time.Clock;

import org.compacts.compact.notice.NoticeStore.Preference;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's choice for the current compact. A person who never chose is at version 0,
 * on the {@link Cadence#DEFAULT}; their first save makes version 1.
 */
@Service
@Transactional
class Preferences {

	private final NoticeStore store;

	private final UnsubscribeLinks links;

	private final Clock clock;

	Preferences(NoticeStore store, UnsubscribeLinks links, Clock clock) {
		this.store = store;
		this.links = links;
		this.clock = clock;
	}

	record Choice(String person, Cadence cadence, boolean chosen, long version) {
	}

	@Transactional(readOnly = true)
	Choice of(String person) {
		return store.preference(person)
			.map(preference -> new Choice(person, preference.cadence(), true, preference.version()))
			.orElse(new Choice(person, Cadence.DEFAULT, false, 0));
	}

	Choice choose(String person, Cadence cadence, boolean editor, ExpectedVersion expected) {
		long current = store.preference(person).map(Preference::version).orElse(0L);
		expected.require(current);
		if (!store.save(person, cadence, editor, current, clock.instant())) {
			throw ExpectedVersion.stale("Your preferences were saved meanwhile; read them again.", null);
		}
		store.register();
		if (cadence == Cadence.NONE) {
			store.drop(person);
		}
		return of(person);
	}

	/** What the signed link of a mail asks: nothing more from this compact. */
	void unsubscribe(String compact, String person, String list, String signature) {
		if (!UnsubscribeLinks.REMINDERS.equals(list) || !links.verifies(compact, person, list, signature)) {
			throw new Refusal(Refusal.Ground.FORBIDDEN, "Not a valid unsubscribe link",
					"This link was not made for this person and compact, or was changed: use the link of the e-mail as it came.",
					java.util.List.of(new InvalidField("sig", "does not sign this person, compact and list")));
		}
		store.stop(person, clock.instant());
		store.drop(person);
	}

}

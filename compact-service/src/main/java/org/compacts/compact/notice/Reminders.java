package org.compacts.compact.notice;

import java.time.Clock;
import java.util.List;

import org.compacts.compact.tenancy.CurrentTenant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one intake of the notices: a feature that has something to tell a person of the
 * current compact raises it here, in the transaction of the change that caused it (so a
 * change rolled back tells no one), usually from a listener of its own event. What is
 * raised goes out by the person's preference for the compact: at once, in the next daily
 * or weekly digest, or not at all. Raising the same reminder again (same kind, person and
 * subject) tells no one twice.
 */
@Service
@Transactional
public class Reminders {

	private final NoticeStore store;

	private final Clock clock;

	Reminders(NoticeStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/**
	 * @return whether it will be told: false for a reminder raised before, or to a person
	 * who wants nothing from this compact
	 */
	public boolean raise(Reminder reminder) {
		CurrentTenant.require();
		store.register();
		if (store.cadence(reminder.recipient()) == Cadence.NONE) {
			return false;
		}
		return store.add(reminder, clock.instant());
	}

	/**
	 * The same reminder to each editor of the current compact (those who saved their
	 * preferences as editors and want to hear).
	 * @return how many will be told
	 */
	public int raiseToEditors(Reminder.Kind kind, String subjectKey, String title, String detail, String path) {
		List<String> editors = store.editors();
		int told = 0;
		for (String editor : editors) {
			if (raise(new Reminder(kind, editor, subjectKey, title, detail, path))) {
				told++;
			}
		}
		return told;
	}

	/**
	 * The people the current compact knows to write to: those who chose how often they
	 * hear from it (and did not choose nothing).
	 */
	public List<String> subscribers() {
		return store.subscribers();
	}

}

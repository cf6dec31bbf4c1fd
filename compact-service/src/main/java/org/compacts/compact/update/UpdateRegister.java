package org.compacts.compact.update;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.compacts.compact.champion.ChampionAddresses;
import org.compacts.compact.notice.Reminder;
import org.compacts.compact.notice.Reminders;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.compact.update.CompactUpdate.Audience;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's updates. Sending one keeps it and raises it to each person of its
 * audience in the same transaction, through the notices: they go by each person's
 * cadence, the same update never twice to one person, nothing to those who want nothing.
 */
@Service
@Transactional
class UpdateRegister {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final CompactUpdates updates;

	private final ChampionAddresses champions;

	private final Reminders reminders;

	private final Clock clock;

	UpdateRegister(CompactUpdates updates, ChampionAddresses champions, Reminders reminders,
			ObjectProvider<Clock> clock) {
		this.updates = updates;
		this.champions = champions;
		this.reminders = reminders;
		this.clock = clock.getIfAvailable(() -> Clock.system(ENGLAND));
	}

	@Transactional(readOnly = true)
	List<CompactUpdate> all(boolean member) {
		return updates.findAllByOrderBySentAtDesc().stream().filter(update -> member || update.isPublic()).toList();
	}

	@Transactional(readOnly = true)
	CompactUpdate one(UUID id, boolean member) {
		return updates.findById(id).filter(update -> member || update.isPublic()).orElseThrow(UpdateRegister::noSuch);
	}

	/**
	 * @param members the compact's members' addresses, for an update to the members
	 */
	CompactUpdate send(Audience audience, String title, String body, boolean published, String by,
			List<String> members) {
		CompactUpdate update = updates.save(new CompactUpdate(audience, title, body, published, by,
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
		String tenant = CurrentTenant.require();
		int told = 0;
		for (String person : audience(audience, members)) {
			if (reminders.raise(new Reminder(Reminder.Kind.UPDATE, person, "update:" + update.id(), title, body,
					"/t/" + tenant + "/workspace/updates/" + update.id()))) {
				told++;
			}
		}
		update.sentTo(told);
		return updates.saveAndFlush(update);
	}

	CompactUpdate correct(UUID id, ExpectedVersion expected, String title, String body, boolean published) {
		CompactUpdate update = updates.findById(id).orElseThrow(UpdateRegister::noSuch);
		expected.require(update.version());
		update.correct(title, body, published);
		return updates.saveAndFlush(update);
	}

	private Set<String> audience(Audience audience, List<String> members) {
		Set<String> people = new LinkedHashSet<>(champions.active());
		if (audience == Audience.MEMBERS) {
			members.forEach(member -> people.add(member.strip().toLowerCase(java.util.Locale.ROOT)));
		}
		return people;
	}

	private static Refusal noSuch() {
		return Refusal.notFound("No such update in this compact.");
	}

}

package org.compacts.compact.notice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.compacts.compact.tenancy.CurrentTenant;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notice tables, in SQL: every statement but {@link #compacts} works in the current
 * tenant's transaction, whose connection row-level security binds to the tenant; the
 * tenant is named in each statement as well, for the indexes.
 */
@Component
class NoticeStore {

	private final JdbcTemplate jdbc;

	NoticeStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A notice as a mail tells it. */
	record Told(UUID id, Reminder.Kind kind, String title, @Nullable String detail, @Nullable String path,
			Instant raisedAt) {
	}

	/** A person with notices to send, and how often they want them. */
	record Waiting(String recipient, Cadence cadence) {
	}

	record Preference(Cadence cadence, long version) {
	}

	/**
	 * @return whether it is new (not the same reminder raised before)
	 */
	boolean add(Reminder reminder, Instant at) {
		String tenant = CurrentTenant.require();
		int added = jdbc.update("""
				INSERT INTO notice (id, tenant_id, recipient, kind, subject_key, title, detail, path, raised_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (tenant_id, recipient, kind, subject_key) DO NOTHING
				""", UUID.randomUUID(), tenant, reminder.recipient(), reminder.kind().name(), reminder.subjectKey(),
				reminder.title(), reminder.detail(), reminder.path(), Timestamp.from(at));
		return added > 0;
	}

	/** Makes the current compact one the jobs visit. */
	void register() {
		jdbc.update("INSERT INTO notice_compact (slug) VALUES (?) ON CONFLICT (slug) DO NOTHING",
				CurrentTenant.require());
	}

	/** Every compact that ever had a notice: outside any tenant. */
	List<String> compacts() {
		return jdbc.queryForList("SELECT slug FROM notice_compact ORDER BY slug", String.class);
	}

	Optional<Preference> preference(String person) {
		return jdbc
			.query("SELECT cadence, version FROM notice_preference WHERE tenant_id = ? AND person = ?",
					(row, n) -> new Preference(Cadence.valueOf(row.getString(1)), row.getLong(2)),
					CurrentTenant.require(), person)
			.stream()
			.findFirst();
	}

	Cadence cadence(String person) {
		return preference(person).map(Preference::cadence).orElse(Cadence.DEFAULT);
	}

	/** The people who said they edit the compact and want to hear from it. */
	List<String> editors() {
		return jdbc.queryForList(
				"SELECT person FROM notice_preference WHERE tenant_id = ? AND editor AND cadence <> 'NONE' ORDER BY person",
				String.class, CurrentTenant.require());
	}

	/** Everyone who chose how often they hear from the compact, but nothing. */
	List<String> subscribers() {
		return jdbc.queryForList(
				"SELECT person FROM notice_preference WHERE tenant_id = ? AND cadence <> 'NONE' ORDER BY person",
				String.class, CurrentTenant.require());
	}

	/**
	 * @return false when someone saved it meanwhile (a first save from version 0
	 * included)
	 */
	boolean save(String person, Cadence cadence, boolean editor, long fromVersion, Instant at) {
		String tenant = CurrentTenant.require();
		if (fromVersion == 0) {
			return jdbc.update("""
					INSERT INTO notice_preference (tenant_id, person, cadence, editor, updated_at, version)
					VALUES (?, ?, ?, ?, ?, 1)
					ON CONFLICT (tenant_id, person) DO NOTHING
					""", tenant, person, cadence.name(), editor, Timestamp.from(at)) == 1;
		}
		return jdbc.update("""
				UPDATE notice_preference SET cadence = ?, editor = ?, updated_at = ?, version = version + 1
				WHERE tenant_id = ? AND person = ? AND version = ?
				""", cadence.name(), editor, Timestamp.from(at), tenant, person, fromVersion) == 1;
	}

	/** Unsubscribed: nothing more, whatever the version. */
	void stop(String person, Instant at) {
		jdbc.update("""
				INSERT INTO notice_preference (tenant_id, person, cadence, editor, updated_at, version)
				VALUES (?, ?, 'NONE', false, ?, 1)
				ON CONFLICT (tenant_id, person) DO UPDATE
				SET cadence = 'NONE', updated_at = excluded.updated_at, version = notice_preference.version + 1
				WHERE notice_preference.cadence <> 'NONE'
				""", CurrentTenant.require(), person, Timestamp.from(at));
	}

	/** The people with notices raised until then and not yet sent. */
	List<Waiting> waiting(Instant until) {
		return jdbc.query("""
				SELECT n.recipient, coalesce(p.cadence, ?)
				FROM notice n
				LEFT JOIN notice_preference p ON p.tenant_id = n.tenant_id AND p.person = n.recipient
				WHERE n.tenant_id = ? AND n.delivery_key IS NULL AND n.raised_at <= ?
				GROUP BY n.recipient, p.cadence
				ORDER BY n.recipient
				""", (row, n) -> new Waiting(row.getString(1), Cadence.valueOf(row.getString(2))),
				Cadence.DEFAULT.name(), CurrentTenant.require(), Timestamp.from(until));
	}

	/** A person's notices raised until then and not yet sent, oldest first. */
	List<UUID> unsent(String recipient, Instant until) {
		return jdbc.queryForList("""
				SELECT id FROM notice
				WHERE tenant_id = ? AND recipient = ? AND delivery_key IS NULL AND raised_at <= ?
				ORDER BY raised_at, id
				""", UUID.class, CurrentTenant.require(), recipient, Timestamp.from(until));
	}

	/**
	 * Takes a person's unsent notices (one, or all raised until then) for a mail of this
	 * key. Two runs taking the same ones wait for each other on the rows: the later takes
	 * none.
	 */
	List<Told> take(String recipient, String deliveryKey, Instant until, @Nullable UUID only) {
		String sql = """
				UPDATE notice SET delivery_key = ?
				WHERE tenant_id = ? AND recipient = ? AND delivery_key IS NULL AND raised_at <= ?
				""" + (only == null ? "" : " AND id = ?") + " RETURNING id, kind, title, detail, path, raised_at";
		List<Object> args = new ArrayList<>(
				List.of(deliveryKey, CurrentTenant.require(), recipient, Timestamp.from(until)));
		if (only != null) {
			args.add(only);
		}
		return jdbc
			.query(sql,
					(row, n) -> new Told(row.getObject(1, UUID.class), Reminder.Kind.valueOf(row.getString(2)),
							row.getString(3), row.getString(4), row.getString(5), row.getTimestamp(6).toInstant()),
					args.toArray())
			.stream()
			.sorted(Comparator.comparing(Told::raisedAt).thenComparing(Told::id))
			.toList();
	}

	/** Leaves a person's unsent notices unsent for good (they want none). */
	int drop(String recipient) {
		return jdbc.update(
				"UPDATE notice SET delivery_key = 'none' WHERE tenant_id = ? AND recipient = ? AND delivery_key IS NULL",
				CurrentTenant.require(), recipient);
	}

	/**
	 * @return false when the key was claimed before: that mail is never sent again
	 */
	boolean claim(String recipient, String deliveryKey, int notices, String messageId, Instant at) {
		return jdbc.update("""
				INSERT INTO notice_delivery (tenant_id, recipient, delivery_key, state, notices, message_id, claimed_at)
				VALUES (?, ?, ?, 'SENDING', ?, ?, ?)
				ON CONFLICT (tenant_id, recipient, delivery_key) DO NOTHING
				""", CurrentTenant.require(), recipient, deliveryKey, notices, messageId, Timestamp.from(at)) == 1;
	}

	/** Undoes a claim whose mail surely did not go: its notices go with a later one. */
	void release(String recipient, String deliveryKey) {
		String tenant = CurrentTenant.require();
		jdbc.update("UPDATE notice SET delivery_key = NULL WHERE tenant_id = ? AND recipient = ? AND delivery_key = ?",
				tenant, recipient, deliveryKey);
		jdbc.update("DELETE FROM notice_delivery WHERE tenant_id = ? AND recipient = ? AND delivery_key = ?", tenant,
				recipient, deliveryKey);
	}

	void sent(String recipient, String deliveryKey, Instant at) {
		jdbc.update("""
				UPDATE notice_delivery SET state = 'SENT', sent_at = ?
				WHERE tenant_id = ? AND recipient = ? AND delivery_key = ? AND state = 'SENDING'
				""", Timestamp.from(at), CurrentTenant.require(), recipient, deliveryKey);
	}

}

package org.compacts.compact.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who signed up to the current compact's events and training sessions, and who came. A
 * person signs up and cancels for themselves; the places are counted and capped by the
 * database (V25), which is what holds when the last place is asked for twice at once.
 * Recording attendance is an edit of the session: it names the version it was made from.
 */
@Service
@Transactional
class SignUps {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Meetings meetings;

	private final JdbcTemplate jdbc;

	private final EntityManager entities;

	private final Clock clock;

	SignUps(Meetings meetings, JdbcTemplate jdbc, EntityManager entities, ObjectProvider<Clock> clock) {
		this.meetings = meetings;
		this.jdbc = jdbc;
		this.entities = entities;
		this.clock = clock.getIfAvailable(() -> Clock.system(ENGLAND));
	}

	/** A person signed up, and whether they came (null until it is recorded). */
	record SignUp(String person, String name, @Nullable String email, Instant signedUpAt, @Nullable Boolean attended) {
	}

	/**
	 * A session's sign-ups; version is the session's, which an attendance names.
	 */
	record SignUpRegister(UUID meetingId, String title, LocalDate heldOn, MeetingKind kind, @Nullable Integer capacity,
			int placesTaken, @Nullable Integer placesLeft, List<SignUp> signUps, long version) {
	}

	@Transactional(readOnly = true)
	SignUpRegister of(UUID meetingId) {
		return register(find(meetingId));
	}

	SignUpRegister signUp(UUID meetingId, String person, String name, @Nullable String email) {
		Meeting meeting = find(meetingId);
		if (!meeting.kind().openToSignUp()) {
			throw Refusal
				.conflict("This is a meeting of the group: only events and training sessions are signed up to.");
		}
		if (meeting.heldOn().isBefore(LocalDate.now(clock))) {
			throw Refusal
				.conflict("This session was held on " + DAY.format(meeting.heldOn()) + ": it is too late to sign up.");
		}
		int added;
		try {
			added = jdbc.update("""
					INSERT INTO meeting_sign_up (meeting_id, person, name, email, signed_up_at)
					VALUES (?, ?, ?, ?, ?)
					ON CONFLICT (meeting_id, person) DO NOTHING
					""", meetingId, person, name, email, Timestamp.from(Instant.now(clock)));
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains("meeting_within_capacity")) {
				throw full(meeting);
			}
			throw ex;
		}
		if (added == 0) {
			throw Refusal.conflict("You are signed up to this session already.");
		}
		return register(meeting);
	}

	void cancel(UUID meetingId, String person) {
		Meeting meeting = find(meetingId);
		boolean recorded = jdbc
			.query("SELECT attended IS NOT NULL FROM meeting_sign_up WHERE meeting_id = ? AND person = ?",
					(row, n) -> row.getBoolean(1), meetingId, person)
			.stream()
			.findFirst()
			.orElseThrow(() -> Refusal.notFound("You are not signed up to this session."));
		if (recorded) {
			throw Refusal.conflict("Your attendance at this session is recorded: the sign-up stays as the record.");
		}
		jdbc.update("DELETE FROM meeting_sign_up WHERE meeting_id = ? AND person = ?", meeting.id(), person);
	}

	/**
	 * Records who came: those named did, every other sign-up did not.
	 */
	SignUpRegister attendance(UUID meetingId, ExpectedVersion expected, List<String> attended) {
		Meeting meeting = find(meetingId);
		expected.require(meeting.version());
		if (!meeting.kind().openToSignUp()) {
			throw Refusal.conflict("Those at a meeting of the group are minuted as present, not signed up.");
		}
		Set<String> signedUp = new HashSet<>(
				jdbc.queryForList("SELECT person FROM meeting_sign_up WHERE meeting_id = ?", String.class, meetingId));
		for (int i = 0; i < attended.size(); i++) {
			if (!signedUp.contains(attended.get(i))) {
				throw Refusal.invalid("Attendance is recorded for those who signed up.", "attended[" + i + "]",
						"'" + attended.get(i) + "' did not sign up to this session");
			}
		}
		jdbc.update("UPDATE meeting_sign_up SET attended = (person = ANY (?)) WHERE meeting_id = ?",
				attended.toArray(String[]::new), meetingId);
		// the sign-ups are the session's: their change is a new version of it, made now
		// (from the version checked, or not at all) so the answer's ETag is the new one
		entities.lock(meeting, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		return register(meeting);
	}

	private SignUpRegister register(Meeting meeting) {
		List<SignUp> signUps = new ArrayList<>(jdbc.query("""
				SELECT person, name, email, signed_up_at, attended FROM meeting_sign_up
				WHERE meeting_id = ? ORDER BY signed_up_at, person
				""", (row, n) -> new SignUp(row.getString(1), row.getString(2), row.getString(3),
				row.getTimestamp(4).toInstant(), (Boolean) row.getObject(5)), meeting.id()));
		Integer capacity = meeting.capacity();
		int taken = signUps.size();
		return new SignUpRegister(meeting.id(), meeting.title(), meeting.heldOn(), meeting.kind(), capacity, taken,
				capacity == null ? null : Math.max(0, capacity - taken), signUps, meeting.version());
	}

	private static Refusal full(Meeting meeting) {
		return Refusal.conflict("This session is full: all " + meeting.capacity()
				+ " places are taken. Ask the compact's editors about another session.");
	}

	private Meeting find(UUID id) {
		return meetings.findById(id).orElseThrow(() -> Refusal.notFound("No such meeting in this compact."));
	}

}

package org.compacts.compact.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training sessions people of the current compact are recorded as having attended,
 * for their profiles: a champion's record is part of the public role.
 */
@Component
@Transactional(readOnly = true)
public class TrainingRecords {

	private final JdbcTemplate jdbc;

	TrainingRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One session attended.
	 *
	 * @param kindLabel the kind as a profile words it ("Champions session")
	 */
	public record Training(UUID meetingId, String title, LocalDate heldOn, MeetingKind kind, String kindLabel) {

		Training(UUID meetingId, String title, LocalDate heldOn, MeetingKind kind) {
			this(meetingId, title, heldOn, kind, kind.label());
		}

	}

	/** Each person's training, newest first; a person with none is left out. */
	public Map<String, List<Training>> attendedBy(Collection<String> people) {
		Map<String, List<Training>> attended = new LinkedHashMap<>();
		if (people.isEmpty()) {
			return attended;
		}
		jdbc.query("""
				SELECT s.person, m.id, m.title, m.held_on, m.kind
				FROM meeting_sign_up s JOIN meeting m ON m.tenant_id = s.tenant_id AND m.id = s.meeting_id
				WHERE s.attended AND s.person = ANY (?)
				  AND m.kind IN ('CHAMPIONS_SESSION', 'JOINT_TRAINING', 'INDUCTION')
				ORDER BY m.held_on DESC, m.title
				""", row -> {
			attended.computeIfAbsent(row.getString(1), person -> new java.util.ArrayList<>())
				.add(new Training(row.getObject(2, UUID.class), row.getString(3), row.getObject(4, LocalDate.class),
						MeetingKind.valueOf(row.getString(5))));
		}, (Object) people.toArray(String[]::new));
		return attended;
	}

}

package org.compacts.compact.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.compacts.compact.plan.ActionsArising;
import org.compacts.compact.plan.ActionsArising.Standing;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a steering group's next agenda starts from: the actions arising from its last
 * meeting that the plan says are still open. Asked in the compact's own tenant, by its
 * members.
 */
@Component
public class MattersArising {

	/** An open action arising, as minuted and as it stands in the plan now. */
	public record Matter(String text, String ownerPeople, LocalDate dueOn, UUID planId, UUID actionId, String status,
			int progress, boolean overdue) {
	}

	/** The last meeting held by the day asked about, and its matters still open. */
	public record FromLast(UUID meetingId, String title, LocalDate heldOn, List<Matter> open) {
	}

	private final Meetings meetings;

	private final ActionsArising plan;

	MattersArising(Meetings meetings, ActionsArising plan) {
		this.meetings = meetings;
		this.plan = plan;
	}

	/** One of the steering group's meetings, as its page lists them. */
	public record GroupMeeting(UUID id, String title, LocalDate heldOn, String minutesStatus, boolean published) {
	}

	/** The steering group's meetings, newest first. */
	@Transactional(readOnly = true)
	public List<GroupMeeting> ofSteeringGroup() {
		return meetings.findAllByOrderByHeldOnDescTitleAsc()
			.stream()
			.filter(Meeting::isSteeringGroups)
			.map(meeting -> new GroupMeeting(meeting.id(), meeting.title(), meeting.heldOn(),
					meeting.minutesStatus().name(), meeting.published()))
			.toList();
	}

	/**
	 * From the steering group's last meeting held by the day, or, while no meeting is
	 * marked as the group's, the last meeting of any kind.
	 */
	@Transactional(readOnly = true)
	public Optional<FromLast> fromLastMeetingBy(LocalDate day) {
		List<Meeting> all = meetings.findAllByOrderByHeldOnDescTitleAsc();
		boolean marked = all.stream().anyMatch(Meeting::isSteeringGroups);
		return all.stream()
			.filter(meeting -> !marked || meeting.isSteeringGroups())
			.filter(meeting -> !meeting.heldOn().isAfter(day))
			.findFirst()
			.map(meeting -> {
				Map<UUID, Standing> standing = plan
					.standing(meeting.actions().stream().map(ActionArising::actionId).toList());
				List<Matter> open = meeting.actions()
					.stream()
					.filter(action -> standing.containsKey(action.actionId())
							&& standing.get(action.actionId()).isOpen())
					.map(action -> {
						Standing now = standing.get(action.actionId());
						return new Matter(action.text(), action.ownerPeople(), action.dueOn(), now.planId(),
								now.actionId(), now.status(), now.progress(), now.overdue());
					})
					.toList();
				return new FromLast(meeting.id(), meeting.title(), meeting.heldOn(), open);
			});
	}

}

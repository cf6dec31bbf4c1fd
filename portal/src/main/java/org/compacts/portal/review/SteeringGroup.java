package org.compacts.portal.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A compact's steering group as compact-service gives it (its members read it). */
record SteeringGroup(UUID id, String name, int meetingsPerYear, List<Member> members, long version) {

	record Member(String name, @Nullable String organisation, @Nullable String role) {
	}

	/** What its next agenda starts from. */
	record Agenda(SteeringGroup group, @Nullable FromLast fromLastMeeting, @Nullable LocalDate nextMeetingDueBy,
			@Nullable List<GroupMeeting> meetings) {

		Agenda {
			meetings = meetings == null ? List.of() : meetings;
		}

	}

	/** One of the group's meetings, newest first. */
	record GroupMeeting(UUID id, String title, LocalDate heldOn, String minutesStatus, boolean published) {

		public String getMinutesWords() {
			return Review.words(minutesStatus);
		}

	}

	record FromLast(UUID meetingId, String title, LocalDate heldOn, List<Matter> open) {
	}

	record Matter(String text, String ownerPeople, LocalDate dueOn, UUID planId, UUID actionId, String status,
			int progress, boolean overdue) {

		public String getStatusWords() {
			return Review.words(status);
		}

	}

	/** One member a line, as the form shows them: "Name | Organisation | Role". */
	String membersAsLines() {
		return String.join("\n",
				members.stream()
					.map(member -> member.name() + " | " + (member.organisation() == null ? "" : member.organisation())
							+ " | " + (member.role() == null ? "" : member.role()))
					.toList());
	}

}

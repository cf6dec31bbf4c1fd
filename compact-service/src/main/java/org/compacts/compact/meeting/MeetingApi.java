package org.compacts.compact.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.compacts.compact.meeting.Meeting.MinutesStatus;
import org.compacts.compact.plan.ActionsArising.Standing;
import org.compacts.servicekit.web.FormFields;
import org.jspecify.annotations.Nullable;

/** What the meetings API reads and writes, as its callers name it. */
final class MeetingApi {

	private MeetingApi() {
	}

	/**
	 * A meeting as an editor gives it; blank optional text is left out, as a form sends
	 * it.
	 *
	 * @param previousMeetingId on a new meeting only: the meeting before, whose matters
	 * arising start the agenda
	 * @param kind a meeting of the group (the default), or an event or training session
	 * people sign up to; left out of a change, the kind and places stay as they were
	 * @param capacity how many places an event or session has; none for no limit
	 * @param steeringGroup whether it is a meeting of the compact's steering group; left
	 * out of a change, it stays as it was. A new one without previousMeetingId starts
	 * from the steering group's last meeting before it.
	 */
	record MeetingInput(@NotBlank @Size(max = 200) String title, @NotNull LocalDate heldOn,
			@Nullable LocalTime startsAt, @Nullable LocalTime endsAt, @Nullable @Size(max = 200) String place,
			@Nullable @Size(max = 500) @Pattern(regexp = "https?://\\S+",
					message = "must be a web address starting http:// or https://") String onlineLink,
			@Nullable @Size(max = 100) List<@NotNull @Valid PersonInput> attendees,
			@Nullable @Size(max = 100) List<@NotNull @Valid PersonInput> apologies,
			@Nullable @Size(max = 50) List<@NotNull @Valid ItemInput> agenda, @Nullable UUID previousMeetingId,
			@Nullable MeetingKind kind, @Nullable @Positive @Max(10000) Integer capacity,
			@Nullable Boolean steeringGroup) {

		MeetingInput {
			title = title == null ? null : title.strip();
			place = FormFields.strippedOrNull(place);
			onlineLink = FormFields.strippedOrNull(onlineLink);
			attendees = attendees == null ? List.of() : attendees;
			apologies = apologies == null ? List.of() : apologies;
			agenda = agenda == null ? List.of() : agenda;
		}

		Meeting.Details details() {
			List<Attendee> people = new java.util.ArrayList<>();
			attendees.forEach(person -> people.add(person.attendee(true)));
			apologies.forEach(person -> people.add(person.attendee(false)));
			return new Meeting.Details(title, heldOn, startsAt, endsAt, place, onlineLink, people,
					agenda.stream().map(item -> new AgendaItem(item.title(), item.minutes())).toList());
		}

	}

	record PersonInput(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 200) String organisation,
			@Nullable @Size(max = 8) @Pattern(regexp = "\\p{L}+",
					message = "must be letters only, as SW") String initials,
			@Nullable @Size(max = 254) @Email String email) {

		PersonInput {
			name = name == null ? null : name.strip();
			organisation = FormFields.strippedOrNull(organisation);
			initials = FormFields.strippedOrNull(initials);
			email = FormFields.strippedOrNull(email);
		}

		Attendee attendee(boolean present) {
			return new Attendee(name, organisation, initials, email, present);
		}

	}

	record ItemInput(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 10000) String minutes) {

		ItemInput {
			title = title == null ? null : title.strip();
			minutes = FormFields.strippedOrNull(minutes);
		}

	}

	/**
	 * @param owner the initials of those present it is given to ("JW", "JD & JP"), or ALL
	 * @param itemNumber the agenda item it arose under, from 1
	 */
	record ActionArisingInput(@NotBlank @Size(max = 200) String text, @NotBlank @Size(max = 100) String owner,
			@NotNull LocalDate dueOn, @Nullable Integer itemNumber) {

		ActionArisingInput {
			text = text == null ? null : text.strip();
			owner = owner == null ? null : owner.strip();
		}

	}

	/**
	 * @param at the later meeting that agreed the minutes as correct
	 */
	record ApprovalInput(@NotNull UUID at) {
	}

	record MeetingRef(UUID id, String title, LocalDate heldOn) {

		static MeetingRef of(Meeting meeting) {
			return new MeetingRef(meeting.id(), meeting.title(), meeting.heldOn());
		}

	}

	record MeetingSummary(UUID id, String title, LocalDate heldOn, @Nullable String place, @Nullable String onlineLink,
			MinutesStatus minutesStatus, boolean published, int actions, MeetingKind kind, @Nullable Integer capacity,
			int placesTaken, boolean steeringGroup, long version) {

		static MeetingSummary of(Meeting meeting) {
			return new MeetingSummary(meeting.id(), meeting.title(), meeting.heldOn(), meeting.place(),
					meeting.onlineLink(), meeting.minutesStatus(), meeting.published(), meeting.actions().size(),
					meeting.kind(), meeting.capacity(), meeting.placesTaken(), meeting.isSteeringGroups(),
					meeting.version());
		}

	}

	/**
	 * @param email shown to the compact's members only
	 */
	record PersonView(String name, @Nullable String organisation, @Nullable String initials, @Nullable String email) {
	}

	record AgendaItemView(int number, String title, @Nullable String minutes) {
	}

	record Owner(String initials, String people, @Nullable String organisations) {
	}

	/**
	 * @param status how the plan action stands, for the compact's members; null for
	 * anyone else, or when the action is no longer there
	 */
	record ArisingActionView(int number, String text, Owner owner, @Nullable Integer itemNumber, LocalDate dueOn,
			UUID planId, UUID actionId, @Nullable String status, @Nullable Integer progress,
			@Nullable Boolean overdue) {
	}

	/**
	 * @param approvedAt the later meeting that agreed them as correct
	 */
	record MinutesView(MinutesStatus status, @Nullable LocalDate circulatedOn, @Nullable LocalDate approvedOn,
			@Nullable MeetingRef approvedAt, boolean published) {
	}

	/**
	 * @param previous the meeting before, when this one was planned from it
	 * @param approves the earlier meetings whose minutes this one agreed as correct
	 */
	record MeetingView(UUID id, String title, LocalDate heldOn, @Nullable LocalTime startsAt,
			@Nullable LocalTime endsAt, @Nullable String place, @Nullable String onlineLink, List<PersonView> attendees,
			List<PersonView> apologies, List<AgendaItemView> agenda, List<ArisingActionView> actions,
			MinutesView minutes, @Nullable MeetingRef previous, List<MeetingRef> approves, MeetingKind kind,
			@Nullable Integer capacity, int placesTaken, boolean steeringGroup, long version) {

		static MeetingView of(Meeting meeting, boolean member, Map<UUID, Standing> standing,
				@Nullable MeetingRef previous, @Nullable MeetingRef approvedAt, List<MeetingRef> approves) {
			List<PersonView> present = meeting.attendees()
				.stream()
				.filter(Attendee::present)
				.map(person -> person(person, member))
				.toList();
			List<PersonView> apologies = meeting.attendees()
				.stream()
				.filter(person -> !person.present())
				.map(person -> person(person, member))
				.toList();
			List<AgendaItem> items = meeting.agenda();
			List<AgendaItemView> agenda = new java.util.ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				agenda.add(new AgendaItemView(i + 1, items.get(i).title(), items.get(i).minutes()));
			}
			List<ActionArising> arising = meeting.actions();
			List<ArisingActionView> actions = new java.util.ArrayList<>();
			for (int i = 0; i < arising.size(); i++) {
				ActionArising action = arising.get(i);
				Standing now = member ? standing.get(action.actionId()) : null;
				actions.add(new ArisingActionView(i + 1, action.text(),
						new Owner(action.ownerInitials(), action.ownerPeople(), action.ownerOrganisations()),
						action.itemNumber(), action.dueOn(), action.planId(), action.actionId(),
						now == null ? null : now.status(), now == null ? null : now.progress(),
						now == null ? null : now.overdue()));
			}
			return new MeetingView(meeting.id(), meeting.title(), meeting.heldOn(), meeting.startsAt(),
					meeting.endsAt(), meeting.place(), meeting.onlineLink(), present, apologies, agenda, actions,
					new MinutesView(meeting.minutesStatus(), meeting.circulatedOn(), meeting.approvedOn(), approvedAt,
							meeting.published()),
					previous, approves, meeting.kind(), meeting.capacity(), meeting.placesTaken(),
					meeting.isSteeringGroups(), meeting.version());
		}

		private static PersonView person(Attendee attendee, boolean member) {
			return new PersonView(attendee.name(), attendee.organisation(), attendee.initials(),
					member ? attendee.email() : null);
		}

	}

}

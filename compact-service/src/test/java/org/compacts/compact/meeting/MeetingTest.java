package org.compacts.compact.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.compacts.compact.meeting.Meeting.MinutesStatus;
import org.compacts.servicekit.refusal.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingTest {

	static final LocalDate LENHAM = LocalDate.of(2010, 9, 23);

	static Meeting.Details details(LocalDate on) {
		return new Meeting.Details("Compact Implementation Group", on, LocalTime.of(9, 30), LocalTime.of(11, 50),
				"Lenham Community Hall", null,
				List.of(new Attendee("Sarah Williams", "Swale CVS", "SW", "sw@example.org", true),
						new Attendee("Siari Weaver", "CCDCA", "SWe", null, true),
						new Attendee("Judy Doherty", "KCC Communities", "JD", null, true),
						new Attendee("Jo Pannell", "KCC, CED", "JP", null, true),
						new Attendee("Howard Cohen", null, null, null, false)),
				List.of(new AgendaItem("Apologies", null), new AgendaItem("Compact leaflet", "Minutes")));
	}

	static Meeting lenham() {
		return new Meeting(details(LENHAM), null, "kim.admin", Instant.now());
	}

	static void arise(Meeting meeting, String text, String owner) {
		Meeting.Owners owners = meeting.owners(owner);
		meeting.addAction(new ActionArising(text, owner, owners.people(), owners.organisations(), 2,
				LENHAM.plusDays(30), UUID.randomUUID(), UUID.randomUUID()));
	}

	@Test
	void initialsNameThosePresentOneByOneOrEveryoneAsAll() {
		Meeting meeting = lenham();

		assertThat(meeting.owners("SWe")).isEqualTo(new Meeting.Owners("Siari Weaver", "CCDCA"));
		assertThat(meeting.owners("sw")).isEqualTo(new Meeting.Owners("Sarah Williams", "Swale CVS"));
		assertThat(meeting.owners("JD & JP"))
			.isEqualTo(new Meeting.Owners("Judy Doherty and Jo Pannell", "KCC Communities; KCC, CED"));
		assertThat(meeting.owners("ALL").people()).isEqualTo("Everyone at the meeting");
		assertThatThrownBy(() -> meeting.owners("JD & XY")).isInstanceOfSatisfying(Refusal.class,
				refusal -> assertThat(refusal.getMessage()).contains("initials"));
	}

	@Test
	void minutesGoFromDraftToCirculatedToApprovedAtALaterMeetingThenPublished() {
		Meeting meeting = lenham();
		arise(meeting, "Ask Katherine Kerswell", "SW");
		Meeting next = new Meeting(details(LocalDate.of(2011, 1, 27)), meeting, "kim.admin", Instant.now());

		assertThatThrownBy(meeting::publish).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> meeting.approveAt(next)).isInstanceOf(Refusal.class);
		MinutesCirculated circulated = meeting.circulate("kent", LENHAM.plusDays(7));
		assertThat(circulated.attendees()).hasSize(4)
			.first()
			.isEqualTo(new MinutesCirculated.Recipient("Sarah Williams", "sw@example.org"));
		assertThatThrownBy(() -> meeting.circulate("kent", LENHAM.plusDays(8))).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> meeting.approveAt(meeting)).isInstanceOf(Refusal.class);
		meeting.approveAt(next);
		assertThat(meeting.minutesStatus()).isEqualTo(MinutesStatus.APPROVED);
		assertThat(meeting.approvedOn()).isEqualTo(LocalDate.of(2011, 1, 27));
		assertThatThrownBy(() -> meeting.describe(details(LENHAM))).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> arise(meeting, "Too late", "SW")).isInstanceOf(Refusal.class);
		meeting.publish();
		assertThat(meeting.published()).isTrue();
		assertThatThrownBy(meeting::publish).isInstanceOf(Refusal.class);
	}

	@Test
	void theNextMeetingsAgendaStartsFromTheMinutesToAgreeAndTheMattersArising() {
		Meeting meeting = lenham();
		arise(meeting, "Draft a letter to Katherine Kerswell", "SW");

		Meeting next = new Meeting(details(LocalDate.of(2011, 1, 27)), meeting, "kim.admin", Instant.now());

		assertThat(next.previousMeetingId()).isEqualTo(meeting.id());
		assertThat(next.agenda()).extracting(AgendaItem::title)
			.containsExactly("Minutes of the meeting of 23 September 2010", "Matters arising", "Apologies",
					"Compact leaflet");
		assertThat(next.agenda().get(1).minutes())
			.contains("Draft a letter to Katherine Kerswell (SW, due 23 October 2010)");
		assertThatThrownBy(() -> new Meeting(details(LENHAM), meeting, "kim.admin", Instant.now()))
			.isInstanceOf(Refusal.class);
	}

	@Test
	void aMeetingIsHeldSomewhereEndsAfterItStartsAndNamesThosePresentByUniqueInitials() {
		Meeting.Details nowhere = new Meeting.Details("t", LENHAM, null, null, null, null, List.of(), List.of());
		Meeting.Details backwards = new Meeting.Details("t", LENHAM, LocalTime.of(11, 0), LocalTime.of(9, 0), "Hall",
				null, List.of(), List.of());
		Meeting.Details twice = new Meeting.Details("t", LENHAM, null, null, null, "https://meet.example.org/x",
				List.of(new Attendee("Sarah Williams", null, "SW", null, true),
						new Attendee("Sam Wood", null, "sw", null, true)),
				List.of());
		Meeting.Details anonymous = new Meeting.Details("t", LENHAM, null, null, "Hall", null,
				List.of(new Attendee("Sarah Williams", null, null, null, true)), List.of());

		for (Meeting.Details wrong : List.of(nowhere, backwards, twice, anonymous)) {
			assertThatThrownBy(() -> new Meeting(wrong, null, "kim.admin", Instant.now())).isInstanceOf(Refusal.class);
		}
	}

}

package org.compacts.compact.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.compact.federation.Reach;
import org.compacts.compact.meeting.MeetingApi.ActionArisingInput;
import org.compacts.compact.meeting.MeetingApi.MeetingInput;
import org.compacts.compact.meeting.MeetingApi.MeetingRef;
import org.compacts.compact.meeting.MeetingApi.MeetingSummary;
import org.compacts.compact.meeting.MeetingApi.MeetingView;
import org.compacts.compact.plan.ActionsArising;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's meetings, each change in one transaction: it finds what a rule
 * needs (the meeting before, the later meeting that approves, today) and lets the meeting
 * decide; an action arising goes to the plan in the same transaction, so both or neither
 * are kept.
 */
@Service
@Transactional
class MeetingRegister {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final Meetings meetings;

	private final ActionsArising plan;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MeetingRegister(Meetings meetings, ActionsArising plan, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock) {
		this.meetings = meetings;
		this.plan = plan;
		this.events = events;
		this.clock = clock.getIfAvailable(() -> Clock.system(ENGLAND));
	}

	/** Newest first; anyone who is not a member sees the published ones only. */
	@Transactional(readOnly = true)
	List<MeetingSummary> meetings(Reach reach) {
		return meetings.findAllByOrderByHeldOnDescTitleAsc()
			.stream()
			.filter(meeting -> readable(meeting, reach))
			.map(MeetingSummary::of)
			.toList();
	}

	@Transactional(readOnly = true)
	MeetingView meeting(UUID id, Reach reach) {
		Meeting meeting = meetings.findById(id)
			.filter(found -> readable(found, reach))
			.orElseThrow(MeetingRegister::noSuchMeeting);
		return view(meeting, reach == Reach.MEMBER);
	}

	@Transactional(readOnly = true)
	boolean any() {
		return meetings.count() > 0;
	}

	MeetingView create(MeetingInput input, String by) {
		boolean steeringGroup = Boolean.TRUE.equals(input.steeringGroup());
		Meeting previous = input.previousMeetingId() != null
				? meetings.findById(input.previousMeetingId())
					.orElseThrow(() -> Refusal.invalid("The meeting before is one of this compact's.",
							"previousMeetingId", "is not a meeting of this compact"))
				: steeringGroup ? lastOfSteeringGroupBefore(input.heldOn()) : null;
		Meeting meeting = new Meeting(input.details(), previous, by, Instant.now(clock));
		if (input.kind() != null) {
			meeting.open(input.kind(), input.capacity());
		}
		meeting.ofSteeringGroup(steeringGroup);
		return view(meetings.saveAndFlush(meeting));
	}

	MeetingView describe(UUID id, ExpectedVersion expected, MeetingInput input) {
		Meeting meeting = find(id);
		expected.require(meeting.version());
		meeting.describe(input.details());
		if (Boolean.FALSE.equals(input.steeringGroup())) {
			meeting.ofSteeringGroup(false);
		}
		if (input.kind() != null) {
			meeting.open(input.kind(), input.capacity());
		}
		if (input.steeringGroup() != null) {
			meeting.ofSteeringGroup(input.steeringGroup());
		}
		return view(meetings.saveAndFlush(meeting));
	}

	/**
	 * The steering group's next meeting starts from its last one, held before the day,
	 * when it has one.
	 */
	private @Nullable Meeting lastOfSteeringGroupBefore(java.time.LocalDate day) {
		return meetings.findAllByOrderByHeldOnDescTitleAsc()
			.stream()
			.filter(Meeting::isSteeringGroups)
			.filter(meeting -> meeting.heldOn().isBefore(day))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Minutes an action arising: the initials are resolved among those present, and the
	 * action joins the plan, marked as arising from this meeting.
	 */
	MeetingView addAction(UUID id, ExpectedVersion expected, ActionArisingInput input, String by) {
		Meeting meeting = find(id);
		expected.require(meeting.version());
		meeting.requireActionsAllowed(input.itemNumber());
		Meeting.Owners owners = meeting.owners(input.owner());
		ActionsArising.Arisen arisen = plan.add(meeting.id(), meeting.heldOn(), input.text(), owners.people(),
				owners.organisations(), input.dueOn(), by);
		meeting.addAction(new ActionArising(input.text(), input.owner(), owners.people(), owners.organisations(),
				input.itemNumber(), input.dueOn(), arisen.planId(), arisen.actionId()));
		return view(meetings.saveAndFlush(meeting));
	}

	MeetingView circulate(UUID id, ExpectedVersion expected) {
		Meeting meeting = find(id);
		expected.require(meeting.version());
		events.publishEvent(meeting.circulate(CurrentTenant.require(), LocalDate.now(clock)));
		return view(meetings.saveAndFlush(meeting));
	}

	MeetingView approve(UUID id, ExpectedVersion expected, UUID at) {
		Meeting meeting = find(id);
		expected.require(meeting.version());
		Meeting later = meetings.findById(at)
			.orElseThrow(() -> Refusal.invalid("Minutes are agreed as correct at a later meeting of this compact.",
					"at", "is not a meeting of this compact"));
		meeting.approveAt(later);
		return view(meetings.saveAndFlush(meeting));
	}

	MeetingView publish(UUID id, ExpectedVersion expected) {
		Meeting meeting = find(id);
		expected.require(meeting.version());
		meeting.publish();
		return view(meetings.saveAndFlush(meeting));
	}

	private MeetingView view(Meeting meeting) {
		return view(meeting, true);
	}

	private MeetingView view(Meeting meeting, boolean member) {
		Map<UUID, ActionsArising.Standing> standing = member
				? plan.standing(meeting.actions().stream().map(ActionArising::actionId).toList()) : Map.of();
		MeetingRef previous = ref(meeting.previousMeetingId(), member);
		MeetingRef approvedAt = ref(meeting.approvedAtMeetingId(), member);
		List<MeetingRef> approves = meetings.findByApprovedAtMeetingId(meeting.id())
			.stream()
			.filter(earlier -> member || earlier.isPublic())
			.map(MeetingRef::of)
			.toList();
		return MeetingView.of(meeting, member, standing, previous, approvedAt, approves);
	}

	/** The meeting named, as far as the reader may know of it. */
	private @Nullable MeetingRef ref(@Nullable UUID id, boolean member) {
		if (id == null) {
			return null;
		}
		return meetings.findById(id).filter(found -> member || found.isPublic()).map(MeetingRef::of).orElse(null);
	}

	private static boolean readable(Meeting meeting, Reach reach) {
		return reach == Reach.MEMBER || meeting.isPublic();
	}

	private Meeting find(UUID id) {
		return meetings.findById(id).orElseThrow(MeetingRegister::noSuchMeeting);
	}

	private static Refusal noSuchMeeting() {
		return Refusal.notFound("No such meeting in this compact.");
	}

}

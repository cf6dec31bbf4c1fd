package org.compacts.compact.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.compacts.compact.tenancy.VersionedTenantOwned;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A meeting of the compact and its minutes. Its details change until the minutes are
 * approved; the minutes go from draft to circulated to approved (at a later meeting, "the
 * minutes of the last meeting agreed as correct"), and only approved minutes are
 * published.
 */
@Entity
class Meeting extends VersionedTenantOwned {

	enum MinutesStatus {

		DRAFT, CIRCULATED, APPROVED

	}

	/** What an editor says of a meeting, the actions arising apart. */
	record Details(String title, LocalDate heldOn, @Nullable LocalTime startsAt, @Nullable LocalTime endsAt,
			@Nullable String place, @Nullable String onlineLink, List<Attendee> attendees, List<AgendaItem> agenda) {

		Details {
			attendees = List.copyOf(attendees);
			agenda = List.copyOf(agenda);
		}

	}

	/** Whom minuted initials name: people and their organisations, as words. */
	record Owners(String people, @Nullable String organisations) {
	}

	static final String ALL = "ALL";

	private static final Pattern BETWEEN_INITIALS = Pattern.compile("\\s*(?:&|,|/|\\band\\b)\\s*");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private String title;

	private LocalDate heldOn;

	private LocalTime startsAt;

	private LocalTime endsAt;

	private String place;

	private String onlineLink;

	private UUID previousMeetingId;

	@ElementCollection
	@CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	private List<Attendee> attendees = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "meeting_item", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	private List<AgendaItem> agenda = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "meeting_action", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	private List<ActionArising> actions = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private MinutesStatus minutesStatus;

	private LocalDate circulatedOn;

	private LocalDate approvedOn;

	private UUID approvedAtMeetingId;

	private boolean published;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind = MeetingKind.MEETING;

	private Integer capacity;

	private boolean steeringGroup;

	// kept by the database as sign-ups come and go (V25), never written from here
	@Column(insertable = false, updatable = false)
	private int placesTaken;

	private String createdBy;

	private Instant createdAt;

	protected Meeting() {
	}

	/**
	 * @param previous the meeting before, whose matters arising start this one's agenda
	 */
	Meeting(Details details, @Nullable Meeting previous, String createdBy, Instant at) {
		super(UUID.randomUUID());
		this.minutesStatus = MinutesStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = at;
		if (previous == null) {
			describe(details);
			return;
		}
		if (!details.heldOn().isAfter(previous.heldOn())) {
			throw Refusal.invalid("The next meeting is held after the one before it.", "heldOn",
					"is not after the previous meeting, on " + DAY.format(previous.heldOn()));
		}
		this.previousMeetingId = previous.id();
		List<AgendaItem> agenda = new ArrayList<>(previous.carriedForward());
		agenda.addAll(details.agenda());
		describe(new Details(details.title(), details.heldOn(), details.startsAt(), details.endsAt(), details.place(),
				details.onlineLink(), details.attendees(), agenda));
	}

	/**
	 * Changes what the meeting says until its minutes are approved; they then stand as
	 * agreed.
	 */
	void describe(Details details) {
		requireUnapproved();
		if (details.place() == null && details.onlineLink() == null) {
			throw Refusal.invalid("A meeting is held somewhere: a place, an online link or both.", "place",
					"is required when there is no online link");
		}
		if (details.startsAt() != null && details.endsAt() != null && !details.endsAt().isAfter(details.startsAt())) {
			throw Refusal.invalid("A meeting ends after it starts.", "endsAt",
					"is not after the start at " + details.startsAt());
		}
		Set<String> initials = new HashSet<>();
		for (Attendee attendee : details.attendees()) {
			if (attendee.present() && attendee.initials() == null) {
				throw Refusal.invalid("Those present are minuted with their initials, which actions are given to.",
						"attendees", attendee.name() + " has no initials");
			}
			if (attendee.initials() != null && !initials.add(attendee.initials().toUpperCase(Locale.UK))) {
				throw Refusal.invalid("Initials name one person at a meeting.", "attendees",
						"the initials " + attendee.initials() + " are given twice");
			}
			if (attendee.initials() != null && attendee.initials().equalsIgnoreCase(ALL)) {
				throw Refusal.invalid("ALL gives an action to everyone present.", "attendees",
						"the initials ALL name everyone, not " + attendee.name());
			}
		}
		if (details.agenda().size() < agendaNumbersInUse()) {
			throw Refusal.invalid("Actions arising name their agenda item by number.", "agenda",
					"has fewer items than an action arising names (" + agendaNumbersInUse() + ")");
		}
		this.title = details.title().strip();
		this.heldOn = details.heldOn();
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.place = details.place();
		this.onlineLink = details.onlineLink();
		this.attendees.clear();
		this.attendees.addAll(details.attendees());
		this.agenda.clear();
		this.agenda.addAll(details.agenda());
	}

	/**
	 * Whom the minuted initials name: ALL is everyone present; otherwise each of "JD &
	 * JP" (or "JD, JP", "JD and JP") is one person present.
	 */
	Owners owners(String minuted) {
		String stripped = minuted.strip();
		if (stripped.equalsIgnoreCase(ALL)) {
			return new Owners("Everyone at the meeting", null);
		}
		List<String> people = new ArrayList<>();
		Set<String> organisations = new LinkedHashSet<>();
		for (String initials : BETWEEN_INITIALS.split(stripped)) {
			Attendee attendee = attendees.stream()
				.filter(candidate -> candidate.present() && candidate.initials() != null
						&& candidate.initials().equalsIgnoreCase(initials))
				.findFirst()
				.orElseThrow(() -> Refusal.invalid("An action is given to those present, by their initials, or to ALL.",
						"owner", "'" + initials + "' are not the initials of anyone present"));
			people.add(attendee.name());
			if (attendee.organisation() != null) {
				organisations.add(attendee.organisation());
			}
		}
		Owners owners = new Owners(String.join(" and ", people),
				organisations.isEmpty() ? null : String.join("; ", organisations));
		// the plan keeps an owner in 200 characters
		if (owners.people().length() > 200 || owners.organisations() != null && owners.organisations().length() > 200) {
			throw Refusal.invalid("An action's owners fit in 200 characters, names and organisations each.", "owner",
					"names more people than an action's owner can hold");
		}
		return owners;
	}

	/** Checks an action may arise here, before the plan is asked to take it. */
	void requireActionsAllowed(@Nullable Integer itemNumber) {
		requireUnapproved();
		if (itemNumber != null && (itemNumber < 1 || itemNumber > agenda.size())) {
			throw Refusal.invalid("An action arises under an item of the agenda.", "itemNumber",
					"is not an item of this meeting's agenda (1 to " + agenda.size() + ")");
		}
	}

	void addAction(ActionArising action) {
		requireActionsAllowed(action.itemNumber());
		actions.add(action);
	}

	/** Sends the draft minutes round; they can be circulated once. */
	MinutesCirculated circulate(String tenant, LocalDate today) {
		if (minutesStatus != MinutesStatus.DRAFT) {
			throw Refusal.notAllowed("These minutes were circulated already.", "minutes",
					"are " + minutesStatus.name().toLowerCase(Locale.UK));
		}
		this.minutesStatus = MinutesStatus.CIRCULATED;
		this.circulatedOn = today;
		return new MinutesCirculated(tenant, id(), title, heldOn,
				attendees.stream()
					.filter(Attendee::present)
					.map(attendee -> new MinutesCirculated.Recipient(attendee.name(), attendee.email()))
					.toList());
	}

	/** The minutes agreed as correct at a later meeting, which records it. */
	void approveAt(Meeting later) {
		if (minutesStatus != MinutesStatus.CIRCULATED) {
			throw Refusal.notAllowed("Minutes are approved once circulated, and once only.", "minutes",
					"are " + minutesStatus.name().toLowerCase(Locale.UK));
		}
		if (later.id().equals(id()) || !later.heldOn().isAfter(heldOn)) {
			throw Refusal.invalid("Minutes are agreed as correct at a later meeting.", "at",
					"is not a meeting held after " + DAY.format(heldOn));
		}
		this.minutesStatus = MinutesStatus.APPROVED;
		this.approvedAtMeetingId = later.id();
		this.approvedOn = later.heldOn();
	}

	/** Approved minutes, and only those, may be shown to anyone. */
	void publish() {
		if (minutesStatus != MinutesStatus.APPROVED) {
			throw Refusal.notAllowed("Only approved minutes are published.", "minutes",
					"are " + minutesStatus.name().toLowerCase(Locale.UK) + ", not approved");
		}
		if (published) {
			throw Refusal.notAllowed("These minutes are published already.", "minutes", "are published already");
		}
		this.published = true;
	}

	/**
	 * What the next meeting's agenda starts from: these minutes to agree, and the matters
	 * arising, each action with whom it was given to.
	 */
	List<AgendaItem> carriedForward() {
		List<AgendaItem> items = new ArrayList<>();
		items.add(new AgendaItem("Minutes of the meeting of " + DAY.format(heldOn), null));
		if (!actions.isEmpty()) {
			StringBuilder arising = new StringBuilder();
			for (ActionArising action : actions) {
				arising.append("- ")
					.append(action.text())
					.append(" (")
					.append(action.ownerInitials())
					.append(", due ")
					.append(DAY.format(action.dueOn()))
					.append(")\n");
			}
			items.add(new AgendaItem("Matters arising", arising.toString().strip()));
		}
		return items;
	}

	private int agendaNumbersInUse() {
		return actions.stream()
			.map(ActionArising::itemNumber)
			.filter(number -> number != null)
			.mapToInt(Integer::intValue)
			.max()
			.orElse(0);
	}

	private void requireUnapproved() {
		if (minutesStatus == MinutesStatus.APPROVED) {
			throw Refusal.notAllowed("These minutes were agreed as correct: they stand as approved.", "minutes",
					"are approved");
		}
	}

	/**
	 * Makes it an event or training session people sign up to, with at most so many
	 * places, or a meeting of the group again while no one signed up.
	 */
	void open(MeetingKind kind, @Nullable Integer capacity) {
		if (kind.openToSignUp() && steeringGroup) {
			throw Refusal.invalid("A meeting of the steering group is not an event or training session.", "kind",
					"is " + kind + " for a meeting of the steering group");
		}
		if (!kind.openToSignUp() && capacity != null) {
			throw Refusal.invalid("A meeting of the group has no places to sign up to.", "capacity",
					"is given for a meeting, not an event or training session");
		}
		if (!kind.openToSignUp() && placesTaken > 0) {
			throw Refusal.conflict("People signed up to this session; it stays open to sign-up while they are.", "kind",
					"cannot be a meeting while " + placesTaken + " are signed up");
		}
		if (capacity != null && capacity < placesTaken) {
			throw Refusal.conflict("More people signed up than that: the places cannot be fewer.", "capacity",
					"is fewer than the " + placesTaken + " signed up");
		}
		this.kind = kind;
		this.capacity = capacity;
	}

	/** Whether a reader who is not a member sees it. */
	boolean isPublic() {
		return published;
	}

	String title() {
		return title;
	}

	LocalDate heldOn() {
		return heldOn;
	}

	@Nullable LocalTime startsAt() {
		return startsAt;
	}

	@Nullable LocalTime endsAt() {
		return endsAt;
	}

	@Nullable String place() {
		return place;
	}

	@Nullable String onlineLink() {
		return onlineLink;
	}

	@Nullable UUID previousMeetingId() {
		return previousMeetingId;
	}

	List<Attendee> attendees() {
		return List.copyOf(attendees);
	}

	List<AgendaItem> agenda() {
		return List.copyOf(agenda);
	}

	List<ActionArising> actions() {
		return List.copyOf(actions);
	}

	MinutesStatus minutesStatus() {
		return minutesStatus;
	}

	@Nullable LocalDate circulatedOn() {
		return circulatedOn;
	}

	@Nullable LocalDate approvedOn() {
		return approvedOn;
	}

	@Nullable UUID approvedAtMeetingId() {
		return approvedAtMeetingId;
	}

	boolean published() {
		return published;
	}

	MeetingKind kind() {
		return kind;
	}

	boolean isSteeringGroups() {
		return steeringGroup;
	}

	/**
	 * Marks it as a meeting of the compact's steering group, or not; an event or training
	 * session is not one.
	 */
	void ofSteeringGroup(boolean steeringGroup) {
		if (steeringGroup && kind.openToSignUp()) {
			throw Refusal.invalid("An event or training session is not a meeting of the steering group.",
					"steeringGroup", "is true for an event or training session");
		}
		this.steeringGroup = steeringGroup;
	}

	@Nullable Integer capacity() {
		return capacity;
	}

	int placesTaken() {
		return placesTaken;
	}

}

package org.compacts.portal.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.compacts.portal.backend.Services;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * compact-service's meetings, read as the visitor: a page never shows more than the API
 * would.
 */
@Component
class Meetings {

	record Summary(UUID id, String title, LocalDate heldOn, @Nullable String place, @Nullable String onlineLink,
			String minutesStatus, boolean published, int actions, @Nullable String kind, @Nullable Integer capacity,
			@Nullable Integer placesTaken, long version) {

		public String getMinutes() {
			return Meetings.minutesLabel(minutesStatus, published);
		}

		public String getKindLabel() {
			return Meetings.kindLabel(kind);
		}

	}

	record Meeting(UUID id, String title, LocalDate heldOn, @Nullable LocalTime startsAt, @Nullable LocalTime endsAt,
			@Nullable String place, @Nullable String onlineLink, List<Person> attendees, List<Person> apologies,
			List<Item> agenda, List<Action> actions, Minutes minutes, @Nullable Ref previous, List<Ref> approves,
			@Nullable String kind, @Nullable Integer capacity, @Nullable Integer placesTaken,
			@Nullable Boolean steeringGroup, long version) {

		public String getKindLabel() {
			return Meetings.kindLabel(kind);
		}

		/** An event or training session, which people sign up to. */
		public boolean isOpenToSignUp() {
			return kind != null && !"MEETING".equals(kind);
		}

		/** "09:30 to 11:50", or what there is of it. */
		public String getTime() {
			if (startsAt == null) {
				return "";
			}
			return endsAt == null ? startsAt.toString() : startsAt + " to " + endsAt;
		}

		public boolean isDraft() {
			return "DRAFT".equals(minutes.status());
		}

		public boolean isCirculated() {
			return "CIRCULATED".equals(minutes.status());
		}

		public boolean isApproved() {
			return "APPROVED".equals(minutes.status());
		}

	}

	record Person(String name, @Nullable String organisation, @Nullable String initials, @Nullable String email) {

		/** As minutes write it: "Sarah Williams (SW) – Swale CVS <sarah@example.org>". */
		public String getLine() {
			return name + (initials == null ? "" : " (" + initials + ")")
					+ (organisation == null ? "" : " – " + organisation) + (email == null ? "" : " <" + email + ">");
		}

	}

	record Item(int number, String title, @Nullable String minutes) {

		/** The minutes paragraph by paragraph, as typed. */
		public List<String> getParagraphs() {
			return minutes == null ? List.of()
					: Arrays.stream(minutes.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
		}

	}

	record Owner(String initials, String people, @Nullable String organisations) {
	}

	record Action(int number, String text, Owner owner, @Nullable Integer itemNumber, LocalDate dueOn, UUID planId,
			UUID actionId, @Nullable String status, @Nullable Integer progress, @Nullable Boolean overdue) {

		/** Where the plan action stands, in words; never the colour alone. */
		public String getStatusLabel() {
			return status == null ? "" : switch (status) {
				case "NOT_STARTED" -> "Not started";
				case "ON_TRACK" -> "On track";
				case "AT_RISK" -> "At risk";
				case "OFF_TRACK" -> "Off track";
				case "DONE" -> "Done";
				case "DROPPED" -> "Dropped";
				default -> status;
			};
		}

		public String getTagClass() {
			return status == null ? "" : switch (status) {
				case "ON_TRACK" -> "govuk-tag--green";
				case "AT_RISK" -> "govuk-tag--yellow";
				case "OFF_TRACK" -> "govuk-tag--red";
				case "DONE" -> "govuk-tag--blue";
				default -> "govuk-tag--grey";
			};
		}

		/** "Judy Doherty and Jo Pannell (JD & JP)". */
		public String getOwnedBy() {
			return owner.people() + " (" + owner.initials() + ")";
		}

	}

	record Minutes(String status, @Nullable LocalDate circulatedOn, @Nullable LocalDate approvedOn,
			@Nullable Ref approvedAt, boolean published) {

		public String getLabel() {
			return Meetings.minutesLabel(status, published);
		}

	}

	record Ref(UUID id, String title, LocalDate heldOn) {
	}

	record SignUp(String person, String name, @Nullable String email, @Nullable Boolean attended) {

		public boolean isCame() {
			return Boolean.TRUE.equals(attended);
		}

	}

	/** Who signed up to a session; version is the session's. */
	record SignUps(@Nullable Integer capacity, int placesTaken, @Nullable Integer placesLeft, List<SignUp> signUps,
			long version) {

		public boolean isFull() {
			return placesLeft != null && placesLeft == 0;
		}

		public boolean has(@Nullable String person) {
			return signUps.stream().anyMatch(signUp -> signUp.person().equals(person));
		}

		public boolean isRecorded() {
			return signUps.stream().anyMatch(signUp -> signUp.attended() != null);
		}

	}

	/** The kinds an editor chooses from, with their labels, in the order offered. */
	static final List<List<String>> KINDS = List.of(List.of("MEETING", "Meeting of the group"),
			List.of("EVENT", "Event"), List.of("CHAMPIONS_SESSION", "Champions session"),
			List.of("JOINT_TRAINING", "Joint training session"), List.of("INDUCTION", "Induction"));

	private final Services services;

	Meetings(Services services) {
		this.services = services;
	}

	List<Summary> all(String slug) {
		return List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/meetings", slug), Summary[].class));
	}

	Meeting meeting(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/meetings/{id}", slug, id), Meeting.class);
	}

	SignUps signUps(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/meetings/{id}/sign-ups", slug, id),
				SignUps.class);
	}

	static String kindLabel(@Nullable String kind) {
		return KINDS.stream()
			.filter(known -> known.get(0).equals(kind))
			.map(known -> known.get(1))
			.findFirst()
			.orElse("Meeting of the group");
	}

	static String minutesLabel(String status, boolean published) {
		return switch (status) {
			case "DRAFT" -> "Draft";
			case "CIRCULATED" -> "Circulated for approval";
			case "APPROVED" -> published ? "Approved and published" : "Approved";
			default -> status;
		};
	}

	/** Lines of a text area, blank ones left out. */
	static Stream<String> lines(@Nullable String typed) {
		return typed == null ? Stream.empty() : typed.lines().map(String::strip).filter(line -> !line.isEmpty());
	}

}

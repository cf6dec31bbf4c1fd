package org.compacts.compact.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.compacts.compact.federation.Reach;
import org.compacts.compact.federation.Readers;
import org.compacts.compact.meeting.MattersArising;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.web.Created;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A compact's steering group (its members only) and annual reviews: members read every
 * review, anyone else the published ones (the rest is not found, never forbidden);
 * editors start, answer, decide, sign off and publish, each change naming the version it
 * was read at.
 */
@RestController
class ReviewController {

	private static final String REVIEWS = "/api/t/{tenant}/reviews";

	private static final String GROUP = "/api/t/{tenant}/steering-group";

	private final ReviewRegister register;

	private final Readers readers;

	ReviewController(ReviewRegister register, Readers readers) {
		this.register = register;
		this.readers = readers;
	}

	record StartInput(@Schema(
			description = "the financial year from its April: 2026 is 2026-27") @NotNull @Min(1990) @Max(2200) Integer year) {
	}

	@Schema(name = "ReviewAnswerInput")
	record AnswerInput(@NotBlank @Size(max = 500) String question, @Size(max = 10000) @Nullable String answer) {
	}

	@Schema(name = "ReviewAnswersInput")
	record AnswersInput(@Schema(description = "the monitoring questions in order, each with its answer; "
			+ "at least one, none twice") @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid AnswerInput> answers) {
	}

	record AmendmentInput(@NotBlank @Size(max = 4000) String suggestion, @Schema(
			description = "who suggested it: a person or organisation") @NotBlank @Size(max = 200) String suggestedBy,
			@NotNull @PastOrPresent LocalDate receivedOn) {
	}

	record DecisionInput(@NotNull Decision decision, @Schema(
			description = "why: required unless the decision is PENDING") @Size(max = 4000) @Nullable String reason) {
	}

	record MemberInput(@NotBlank @Size(max = 200) String name, @Size(max = 200) @Nullable String organisation, @Schema(
			description = "chair, vice-chair, secretary; one chair at most") @Size(max = 100) @Nullable String role) {
	}

	record GroupInput(@NotBlank @Size(max = 200) String name, @Schema(
			description = "South Derbyshire's meets 3 times a year") @NotNull @Min(1) @Max(12) Integer meetingsPerYear,
			@NotNull @Size(max = 50) List<@NotNull @Valid MemberInput> members) {
	}

	/**
	 * @param startedBy and signedOffBy: the accounts, for members only
	 * @param signedOffFor the steering group as it was named when it signed off
	 * @param snapshotFrozen whether the figures are those kept at sign-off or taken now
	 */
	record ReviewView(UUID id, int year, String period, ReviewState state, List<Answer> answers,
			List<Amendment> amendments, ReviewSnapshot snapshot, boolean snapshotFrozen, @Nullable String startedBy,
			Instant startedAt, @Nullable String signedOffBy, @Nullable String signedOffFor,
			@Nullable LocalDate signedOffOn, @Nullable Instant publishedAt, long version) {

		static ReviewView of(ReviewRegister.Shown shown, boolean member) {
			return new ReviewView(shown.id(), shown.year(), ReviewSnapshot.periodOf(shown.year()), shown.state(),
					shown.answers(), shown.amendments(), shown.snapshot(), shown.frozen(),
					member ? shown.startedBy() : null, shown.startedAt(), member ? shown.signedOffBy() : null,
					shown.signedOffFor(), shown.signedOffOn(), shown.publishedAt(), shown.version());
		}

	}

	record GroupView(UUID id, String name, int meetingsPerYear, List<Member> members, long version) {

		static GroupView of(ReviewRegister.Group group) {
			return new GroupView(group.id(), group.name(), group.meetingsPerYear(), group.members(), group.version());
		}

	}

	/**
	 * @param fromLastMeeting null when no meeting has been held
	 * @param nextMeetingDueBy by the group's schedule after the last meeting
	 */
	record AgendaView(GroupView group, MattersArising.@Nullable FromLast fromLastMeeting,
			@Nullable LocalDate nextMeetingDueBy, List<MattersArising.GroupMeeting> meetings) {
	}

	@GetMapping(REVIEWS)
	@Operation(summary = "The compact's annual reviews, newest year first",
			description = "Members read every one; anyone else the published ones.")
	List<ReviewView> list(@PathVariable String tenant, Authentication reader) {
		Reach reach = readers.reachOf(reader, tenant);
		return register.all(reach).stream().map(shown -> ReviewView.of(shown, reach == Reach.MEMBER)).toList();
	}

	@GetMapping(REVIEWS + "/{year}")
	@Operation(summary = "The review of a year",
			description = "Not found for a non-member unless it is published. A draft's figures are taken now; "
					+ "a signed-off one's are those it kept.")
	ResponseEntity<ReviewView> one(@PathVariable String tenant, @PathVariable int year, Authentication reader) {
		Reach reach = readers.reachOf(reader, tenant);
		return answer(register.one(year, reach), reach == Reach.MEMBER);
	}

	@PostMapping(REVIEWS)
	@Operation(summary = "Start the review of a year",
			description = "From the latest review before it: its questions, and its amendments still undecided.")
	ResponseEntity<ReviewView> start(@PathVariable String tenant, @Valid @RequestBody StartInput input,
			Authentication editor) {
		ReviewRegister.Shown shown = register.start(input.year(), editor.getName());
		return Created.at(shown.year()).eTag(Long.toString(shown.version())).body(ReviewView.of(shown, true));
	}

	@PutMapping(REVIEWS + "/{year}/answers")
	@Operation(summary = "Set a draft review's questions and answers", description = "If-Match names the version.")
	ResponseEntity<ReviewView> answer(@PathVariable String tenant, @PathVariable int year, ExpectedVersion ifMatch,
			@Valid @RequestBody AnswersInput input) {
		return answer(register.answer(year, ifMatch,
				input.answers().stream().map(given -> new Answer(given.question().strip(), given.answer())).toList()),
				true);
	}

	@PostMapping(REVIEWS + "/{year}/amendments")
	@Operation(summary = "Add feedback or a suggested amendment to a draft review",
			description = "Pending until decided. If-Match names the version.")
	ResponseEntity<ReviewView> suggest(@PathVariable String tenant, @PathVariable int year, ExpectedVersion ifMatch,
			@Valid @RequestBody AmendmentInput input) {
		return answer(register.suggest(year, ifMatch, input.suggestion(), input.suggestedBy(), input.receivedOn()),
				true);
	}

	@PutMapping(REVIEWS + "/{year}/amendments/{amendmentId}/decision")
	@Operation(summary = "Record what the review decided of an amendment",
			description = "A reason unless PENDING; a pending or deferred one is carried into the next year's "
					+ "review. If-Match names the review's version.")
	ResponseEntity<ReviewView> decide(@PathVariable String tenant, @PathVariable int year,
			@PathVariable UUID amendmentId, ExpectedVersion ifMatch, @Valid @RequestBody DecisionInput input) {
		return answer(register.decide(year, amendmentId, ifMatch, input.decision(), input.reason()), true);
	}

	@PostMapping(REVIEWS + "/{year}/sign-off")
	@Operation(summary = "Sign a draft review off for the steering group, freezing its figures",
			description = "Every question answered (409 naming each that is not), and a steering group. "
					+ "If-Match names the version.")
	ResponseEntity<ReviewView> signOff(@PathVariable String tenant, @PathVariable int year, ExpectedVersion ifMatch,
			Authentication editor) {
		return answer(register.signOff(year, ifMatch, editor.getName()), true);
	}

	@PostMapping(REVIEWS + "/{year}/publication")
	@Operation(summary = "Publish a signed-off review", description = "If-Match names the version.")
	ResponseEntity<ReviewView> publish(@PathVariable String tenant, @PathVariable int year, ExpectedVersion ifMatch) {
		return answer(register.publish(year, ifMatch), true);
	}

	@GetMapping(GROUP)
	@Operation(summary = "The compact's steering group", description = "Its members only; not found when none.")
	ResponseEntity<GroupView> group(@PathVariable String tenant) {
		ReviewRegister.Group group = register.group()
			.orElseThrow(
					() -> org.compacts.servicekit.refusal.Refusal.notFound("This compact has no steering group yet."));
		return ResponseEntity.ok().eTag(Long.toString(group.version())).body(GroupView.of(group));
	}

	@PutMapping(GROUP)
	@Operation(summary = "Set the compact's steering group: its name, schedule and members",
			description = "Creates it when there is none; otherwise If-Match names the version changed.")
	ResponseEntity<GroupView> describeGroup(@PathVariable String tenant, ExpectedVersion ifMatch,
			@Valid @RequestBody GroupInput input) {
		ReviewRegister.Group group = register.describeGroup(ifMatch, input.name().strip(), input.meetingsPerYear(),
				input.members()
					.stream()
					.map(member -> new Member(member.name().strip(), blankless(member.organisation()),
							blankless(member.role())))
					.toList());
		return ResponseEntity.ok().eTag(Long.toString(group.version())).body(GroupView.of(group));
	}

	@GetMapping(GROUP + "/next-agenda")
	@Operation(summary = "What the steering group's next agenda starts from",
			description = "The matters arising: the actions arising from the last meeting held that are still "
					+ "open, and when the next meeting is due by the group's schedule.")
	AgendaView nextAgenda(@PathVariable String tenant) {
		ReviewRegister.Agenda agenda = register.nextAgenda();
		return new AgendaView(GroupView.of(agenda.group()), agenda.fromLastMeeting(), agenda.nextMeetingDueBy(),
				agenda.meetings());
	}

	private static @Nullable String blankless(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static ResponseEntity<ReviewView> answer(ReviewRegister.Shown shown, boolean member) {
		return ResponseEntity.ok().eTag(Long.toString(shown.version())).body(ReviewView.of(shown, member));
	}

}

package org.compacts.compact.consultation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.compacts.compact.federation.Reach;
import org.compacts.compact.federation.Readers;
import org.compacts.compact.item.ItemLinks;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.web.Created;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A compact's consultations: editors write, open and close them; members respond, each
 * reading only their own responses; anyone reads an opened consultation, and its results
 * once it has closed. A draft is not found for a non-member, nor is anyone else's
 * response.
 */
@RestController
class ConsultationController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ConsultationRegister register;

	private final Readers readers;

	private final YouSaidWeDidRegister followUp;

	ConsultationController(ConsultationRegister register, Readers readers, YouSaidWeDidRegister followUp) {
		this.register = register;
		this.readers = readers;
		this.followUp = followUp;
	}

	/**
	 * The results and what the compact did about each point, as the JSON export has them.
	 */
	record ConsultationResultsExport(int responses, List<Results.QuestionResult> questions,
			Map<String, List<Comment>> commentsByAnchor, Map<String, Integer> bySector,
			List<YouSaidWeDidController.ConsultationReplyView> youSaidWeDid) {
	}

	record QuestionInput(@NotBlank @Size(max = 1000) String text, @NotNull QuestionType type,
			@Schema(description = "for a ranking or a choice: at least two") @Size(
					max = 20) List<@NotBlank @Size(max = 200) String> options,
			@Schema(description = "for a rating: the highest, from 2 to 10") @Nullable Integer scale,
			@Schema(description = "for a rating: the label of each number from 1, none or all") @Size(
					max = 10) List<@NotBlank @Size(max = 100) String> labels) {

		QuestionInput {
			options = options == null ? List.of() : options;
			labels = labels == null ? List.of() : labels;
		}

		Question toQuestion() {
			return new Question(text, type, options, scale, labels);
		}

	}

	record ConsultationRequest(@NotBlank @Size(max = 200) String title,
			@Schema(description = "what it is about, in Markdown") @Size(max = 20000) @Nullable String summary,
			@Schema(description = "the principle or code whose draft is consulted on") @Nullable UUID itemId,
			@Schema(description = "the number of that draft's version, in consultation") @Positive @Nullable Integer itemVersion,
			@NotNull LocalDate opensOn, @NotNull LocalDate closesOn,
			@Schema(description = "why the window is shorter than the Consultation code's minimum: published with it") @Size(
					max = 4000) @Nullable String shortReason,
			@Schema(description = "whether people may respond for themselves; absent is no") @Nullable Boolean allowsIndividuals,
			@Size(max = 50) List<@NotNull @Valid QuestionInput> questions) {

		ConsultationRequest {
			questions = questions == null ? List.of() : questions;
			allowsIndividuals = Boolean.TRUE.equals(allowsIndividuals);
		}

		Draft toDraft() {
			return new Draft(title, summary, itemId, itemVersion, opensOn, closesOn, shortReason,
					Boolean.TRUE.equals(allowsIndividuals), questions.stream().map(QuestionInput::toQuestion).toList());
		}

	}

	/**
	 * @param source the code version the rule came from, or null for the national default
	 */
	record WindowView(int standardWeeks, int minimumWeeks, @Nullable String source, WindowRule.Verdict verdict,
			String message) {
	}

	/**
	 * @param window for a draft, what the rule in force now would say; once open, what
	 * the rule it opened under said
	 * @param responses how many have responded: for members only
	 */
	record ConsultationView(UUID id, String title, @Nullable String summary, ItemLinks.@Nullable Link item,
			@Nullable Integer itemVersion, LocalDate opensOn, LocalDate closesOn, @Nullable String shortReason,
			boolean allowsIndividuals, List<Question> questions, ConsultationState state, boolean closed,
			WindowView window, Instant createdAt, @Nullable String createdBy, @Nullable Instant openedAt,
			@Nullable Instant closedAt, @Nullable Long responses, long version) {

		static ConsultationView of(ConsultationRegister.Shown shown, boolean member) {
			Consultation consultation = shown.consultation();
			Draft draft = consultation.draft();
			WindowRule rule = shown.rule();
			return new ConsultationView(consultation.id(), draft.title(), draft.summary(), shown.item(),
					draft.itemVersion(), draft.opensOn(), draft.closesOn(), draft.shortReason(),
					draft.allowsIndividuals(), draft.questions(), consultation.state(), shown.closed(),
					new WindowView(rule.standardWeeks(), rule.minimumWeeks(), rule.source(),
							shown.judgement().verdict(), shown.judgement().message()),
					consultation.createdAt(), member ? consultation.createdBy() : null, consultation.openedAt(),
					consultation.closedAt(), member ? shown.responses() : null, consultation.version());
		}

	}

	record AnswerInput(@NotNull @Min(0) @Max(49) Integer question, @Min(1) @Max(10) @Nullable Integer rating,
			@Schema(description = "for a ranking every option's place from 0, most preferred first; "
					+ "for a choice the places of those chosen") @Size(max = 20) List<@NotNull Integer> choices,
			@Nullable Boolean yes, @Nullable Priority priority, @Size(max = 10000) @Nullable String text,
			@Nullable Achievability achievability) {

		AnswerInput {
			choices = choices == null ? List.of() : choices;
		}

		Answer toAnswer() {
			return new Answer(question, rating, choices, yes, priority, text, achievability);
		}

	}

	record CommentInput(
			@Schema(description = "the field of the draft: aim, or the n-th of a list from 1, "
					+ "publicSectorUndertakings[2]") @NotBlank @Size(max = 100) String anchor,
			@NotBlank @Size(max = 10000) String text, @Nullable Achievability tag) {

		Comment toComment() {
			return new Comment(anchor, text, tag);
		}

	}

	record ConsultationResponseRequest(
			@Schema(description = "the organisation of the signatory register responded for; "
					+ "none for a person responding for themselves, where the consultation allows it") @Nullable UUID organisationId,
			@Schema(description = "the person responding on its behalf") @NotBlank @Size(
					max = 200) String respondentName,
			@Size(max = 50) List<@NotNull @Valid AnswerInput> answers,
			@Size(max = 200) List<@NotNull @Valid CommentInput> comments) {

		ConsultationResponseRequest {
			answers = answers == null ? List.of() : answers;
			comments = comments == null ? List.of() : comments;
		}

		ResponseContent toContent() {
			return new ResponseContent(answers.stream().map(AnswerInput::toAnswer).toList(),
					comments.stream().map(CommentInput::toComment).toList());
		}

	}

	record ResponseView(UUID id, UUID consultationId, @Nullable UUID organisationId, @Nullable String organisation,
			String sector, String respondentName, List<Answer> answers, List<Comment> comments, Instant createdAt,
			Instant updatedAt, long version) {

		static ResponseView of(ConsultationRegister.ShownResponse shown) {
			ConsultationResponse response = shown.response();
			ResponseContent content = response.content();
			return new ResponseView(response.id(), response.consultationId(), response.organisationId(),
					shown.organisation(), response.sector(), response.respondentName(), content.answers(),
					content.comments(), response.createdAt(), response.updatedAt(), response.version());
		}

	}

	@GetMapping("/api/t/{tenant}/consultations")
	@Operation(summary = "The compact's consultations, newest first",
			description = "Members read every one; anyone else those that have opened.")
	List<ConsultationView> list(@PathVariable String tenant, Authentication reader) {
		Reach reach = readers.reachOf(reader, tenant);
		return register.all(reach).stream().map(shown -> ConsultationView.of(shown, reach == Reach.MEMBER)).toList();
	}

	@GetMapping("/api/t/{tenant}/consultations/{id}")
	@Operation(summary = "A consultation, with its window and the rule it is judged by",
			description = "Not found for a non-member while it is a draft.")
	ResponseEntity<ConsultationView> one(@PathVariable String tenant, @PathVariable UUID id, Authentication reader) {
		Reach reach = readers.reachOf(reader, tenant);
		ConsultationRegister.Shown shown = register.one(id, reach);
		return ResponseEntity.ok()
			.eTag(Long.toString(shown.consultation().version()))
			.body(ConsultationView.of(shown, reach == Reach.MEMBER));
	}

	@PostMapping("/api/t/{tenant}/consultations")
	@Operation(summary = "Write a consultation, as a draft",
			description = "Its window is judged when it opens; the answer says what the rule in force would say now.")
	ResponseEntity<ConsultationView> create(@PathVariable String tenant, @Valid @RequestBody ConsultationRequest input,
			Authentication editor) {
		ConsultationRegister.Shown shown = register.create(input.toDraft(), editor.getName());
		return Created.at(shown.consultation().id())
			.eTag(Long.toString(shown.consultation().version()))
			.body(ConsultationView.of(shown, true));
	}

	@PutMapping("/api/t/{tenant}/consultations/{id}")
	@Operation(summary = "Change a draft consultation", description = "If-Match names the version changed.")
	ResponseEntity<ConsultationView> revise(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody ConsultationRequest input) {
		return answer(register.revise(id, ifMatch, input.toDraft()));
	}

	@PostMapping("/api/t/{tenant}/consultations/{id}/opening")
	@Operation(summary = "Open a draft consultation, if the compact's Consultation code allows its window",
			description = "Shorter than the code's minimum is refused unless a short reason is given; shorter than its "
					+ "standard opens with a warning. If-Match names the version opened.")
	ResponseEntity<ConsultationView> open(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch) {
		return answer(register.open(id, ifMatch));
	}

	@PostMapping("/api/t/{tenant}/consultations/{id}/closing")
	@Operation(summary = "Close an open consultation: its responses are final and its results public",
			description = "If-Match names the version closed.")
	ResponseEntity<ConsultationView> close(@PathVariable String tenant, @PathVariable UUID id,
			ExpectedVersion ifMatch) {
		return answer(register.close(id, ifMatch));
	}

	@GetMapping("/api/t/{tenant}/consultations/{id}/responses")
	@Operation(summary = "Your own responses to a consultation",
			description = "Never another's, before the close or after.")
	List<ResponseView> mine(@PathVariable String tenant, @PathVariable UUID id, Authentication member) {
		return register.mine(id, readers.reachOf(member, tenant), member.getName())
			.stream()
			.map(ResponseView::of)
			.toList();
	}

	@GetMapping("/api/t/{tenant}/consultations/{id}/responses/{responseId}")
	@Operation(summary = "One of your responses", description = "Not found if it is not yours.")
	ResponseEntity<ResponseView> myOne(@PathVariable String tenant, @PathVariable UUID id,
			@PathVariable UUID responseId, Authentication member) {
		ConsultationRegister.ShownResponse shown = register.myOne(id, responseId, member.getName());
		return ResponseEntity.ok().eTag(Long.toString(shown.response().version())).body(ResponseView.of(shown));
	}

	@PostMapping("/api/t/{tenant}/consultations/{id}/responses")
	@Operation(summary = "Respond to an open consultation, for an organisation or yourself",
			description = "One response per organisation: a second is refused (409); change the first instead.")
	ResponseEntity<ResponseView> respond(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @RequestBody ConsultationResponseRequest input, Authentication member) {
		ConsultationRegister.ShownResponse shown = register.respond(id, input.organisationId(), input.respondentName(),
				input.toContent(), member.getName());
		return Created.at(shown.response().id())
			.eTag(Long.toString(shown.response().version()))
			.body(ResponseView.of(shown));
	}

	@PutMapping("/api/t/{tenant}/consultations/{id}/responses/{responseId}")
	@Operation(summary = "Change your response until the consultation closes",
			description = "Its organisation stays. If-Match names the version changed.")
	ResponseEntity<ResponseView> reviseResponse(@PathVariable String tenant, @PathVariable UUID id,
			@PathVariable UUID responseId, ExpectedVersion ifMatch,
			@Valid @RequestBody ConsultationResponseRequest input, Authentication member) {
		ConsultationRegister.ShownResponse shown = register.revise(id, responseId, ifMatch, input.respondentName(),
				input.toContent(), member.getName());
		return ResponseEntity.ok().eTag(Long.toString(shown.response().version())).body(ResponseView.of(shown));
	}

	@GetMapping("/api/t/{tenant}/consultations/{id}/results")
	@Operation(summary = "The results of a closed consultation and what the compact did about each point, whoever "
			+ "reads (the JSON export)", description = "Not found until it closes.")
	ConsultationResultsExport results(@PathVariable String tenant, @PathVariable UUID id, Authentication reader) {
		Reach reach = readers.reachOf(reader, tenant);
		Results results = register.results(id, reach);
		return new ConsultationResultsExport(results.responses(), results.questions(), results.commentsByAnchor(),
				results.bySector(),
				followUp.replies(id, reach)
					.stream()
					.map(reply -> YouSaidWeDidController.ConsultationReplyView.of(reply, reach == Reach.MEMBER))
					.toList());
	}

	@GetMapping(path = "/api/t/{tenant}/consultations/{id}/results.csv", produces = "text/csv")
	@Operation(summary = "The results of a closed consultation as CSV, a figure a row",
			description = "Not found until it closes.")
	ResponseEntity<String> resultsCsv(@PathVariable String tenant, @PathVariable UUID id, Authentication reader) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.body(ResultsCsv.write(register.results(id, readers.reachOf(reader, tenant))));
	}

	private static ResponseEntity<ConsultationView> answer(ConsultationRegister.Shown shown) {
		return ResponseEntity.ok()
			.eTag(Long.toString(shown.consultation().version()))
			.body(ConsultationView.of(shown, true));
	}

}

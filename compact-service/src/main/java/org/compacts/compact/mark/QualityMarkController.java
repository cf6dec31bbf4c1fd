package org.compacts.compact.mark;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.web.Created;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Self-assessments (members read them, the security configuration refuses anyone else;
 * editors, for now the steering group, write and review them) and the quality marks they
 * become, which anyone may verify: a page's worth of JSON and an Open Badges style
 * assertion, 410 Gone once revoked.
 */
@RestController
class QualityMarkController {

	private static final String ASSESSMENTS = "/api/t/{tenant}/self-assessments";

	private static final String ASSESSMENT = ASSESSMENTS + "/{id}";

	private static final String MARK = "/api/t/{tenant}/quality-marks/{id}";

	/** What the mark says of its holder. */
	static final String NAME = "Compact compliant";

	private final QualityMarks marks;

	QualityMarkController(QualityMarks marks) {
		this.marks = marks;
	}

	record BeginInput(@Schema(description = "a signatory organisation of this compact") @NotNull UUID organisationId) {
	}

	record ReplyInput(@Schema(description = "absent while a draft leaves it unanswered") @Nullable Response response,
			@Schema(description = "what shows it: needed to submit when met or partly met") @Size(
					max = 4000) @Nullable String evidence) {
	}

	record AnswersInput(@Schema(description = "one for each undertaking, in the order asked") @NotNull @Size(
			max = 500) List<@NotNull @Valid ReplyInput> answers) {

		List<SelfAssessment.Reply> replies() {
			return answers.stream().map(reply -> new SelfAssessment.Reply(reply.response(), reply.evidence())).toList();
		}

	}

	record AwardInput(@Schema(description = "today if absent") @Nullable LocalDate awardedOn,
			@Schema(description = "a year after the award if absent") @Nullable LocalDate expiresOn) {
	}

	record RevocationInput(@Schema(description = "today if absent") @Nullable LocalDate revokedOn,
			@NotBlank @Size(max = 2000) String reason) {
	}

	/**
	 * @param status as it stands today: an awarded mark past its expiry is EXPIRED
	 */
	record AssessmentView(UUID id, UUID organisationId, String organisation, State state, String status,
			List<Answer> answers, String createdBy, Instant createdAt, @Nullable Instant submittedAt,
			@Nullable LocalDate awardedOn, @Nullable LocalDate expiresOn, @Nullable String awardedBy,
			@Nullable LocalDate revokedOn, @Nullable String revocationReason, long version) {

		static AssessmentView of(QualityMarks.Shown shown) {
			SelfAssessment a = shown.assessment();
			return new AssessmentView(a.id(), a.organisationId(), shown.organisation(), a.state(), statusOf(shown),
					shown.answers(), a.createdBy(), a.createdAt(), a.submittedAt(), a.awardedOn(), a.expiresOn(),
					a.awardedBy(), a.revokedOn(), a.revocationReason(), a.version());
		}

	}

	/** A signed code the mark covers, at the version assessed. */
	record CodeAssessed(UUID codeId, String title, int version) {
	}

	/** A mark as anyone verifies it. */
	record MarkView(UUID id, String name, String organisation, String status, LocalDate awardedOn, LocalDate expiresOn,
			@Nullable LocalDate revokedOn, @Nullable String revocationReason, List<CodeAssessed> codes,
			List<Answer> evidence, URI assertion) {

	}

	@GetMapping(ASSESSMENTS)
	@Operation(summary = "The compact's self-assessments and marks, newest first", description = "Members only.")
	List<AssessmentView> list(@PathVariable String tenant) {
		return marks.all().stream().map(AssessmentView::of).toList();
	}

	@GetMapping(ASSESSMENT)
	@Operation(summary = "A self-assessment", description = "Members only.")
	ResponseEntity<AssessmentView> one(@PathVariable String tenant, @PathVariable UUID id) {
		return answer(marks.one(id));
	}

	@PostMapping(ASSESSMENTS)
	@Operation(summary = "Begin an organisation's self-assessment",
			description = "Its questions are the undertakings, for its side, of the codes it signed, as in force now.")
	ResponseEntity<AssessmentView> begin(@PathVariable String tenant, @Valid @RequestBody BeginInput input,
			Authentication editor) {
		QualityMarks.Shown shown = marks.begin(input.organisationId(), editor.getName());
		return Created.at(shown.assessment().id())
			.eTag(Long.toString(shown.assessment().version()))
			.body(AssessmentView.of(shown));
	}

	@PutMapping(ASSESSMENT + "/answers")
	@Operation(summary = "Answer the undertakings of a draft", description = "If-Match names the version answered.")
	ResponseEntity<AssessmentView> answers(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody AnswersInput input) {
		return answer(marks.answer(id, ifMatch, input.replies()));
	}

	@PostMapping(ASSESSMENT + "/submission")
	@Operation(summary = "Submit a draft for review",
			description = "Every undertaking answered, met or partly met with evidence. If-Match names the version.")
	ResponseEntity<AssessmentView> submit(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch) {
		return answer(marks.submit(id, ifMatch));
	}

	@PostMapping(ASSESSMENT + "/return")
	@Operation(summary = "Send a submitted self-assessment back to be answered again",
			description = "If-Match names the version.")
	ResponseEntity<AssessmentView> sendBack(@PathVariable String tenant, @PathVariable UUID id,
			ExpectedVersion ifMatch) {
		return answer(marks.sendBack(id, ifMatch));
	}

	@PostMapping(ASSESSMENT + "/award")
	@Operation(summary = "Award the quality mark, Compact compliant",
			description = "A submitted self-assessment with no undertaking unmet (else 409 naming each). "
					+ "If-Match names the version.")
	ResponseEntity<AssessmentView> award(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody AwardInput input, Authentication editor) {
		return answer(marks.award(id, ifMatch, input.awardedOn(), input.expiresOn(), editor.getName()));
	}

	@PostMapping(ASSESSMENT + "/revocation")
	@Operation(summary = "Revoke a quality mark, with the reason",
			description = "Its assertion then answers 410 Gone with the reason. If-Match names the version.")
	ResponseEntity<AssessmentView> revoke(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody RevocationInput input, Authentication editor) {
		return answer(marks.revoke(id, ifMatch, input.revokedOn(), input.reason().strip(), editor.getName()));
	}

	@GetMapping(MARK)
	@Operation(summary = "A quality mark, for anyone to verify",
			description = "Awarded, expired or revoked (with the reason); not found unless it was awarded.")
	MarkView mark(@PathVariable String tenant, @PathVariable UUID id) {
		QualityMarks.Shown shown = marks.mark(id);
		SelfAssessment a = shown.assessment();
		List<CodeAssessed> codes = shown.answers()
			.stream()
			.map(answer -> new CodeAssessed(answer.codeId(), answer.codeTitle(), answer.codeVersion()))
			.distinct()
			.toList();
		return new MarkView(a.id(), NAME, shown.organisation(), statusOf(shown), required(a.awardedOn()),
				required(a.expiresOn()), a.revokedOn(), a.revocationReason(), codes, shown.answers(),
				base().path("/api/t/{tenant}/quality-marks/{id}/assertion").build(tenant, id));
	}

	@GetMapping(MARK + "/assertion")
	@Operation(summary = "The mark as an Open Badges style assertion",
			description = "issuedOn, expires, evidence, recipient, issuer (badge.issuer). A revoked mark is "
					+ "410 Gone, a problem detail with the reason.")
	ResponseEntity<?> assertion(@PathVariable String tenant, @PathVariable UUID id) {
		QualityMarks.Shown shown = marks.mark(id);
		SelfAssessment a = shown.assessment();
		if (a.state() == State.REVOKED) {
			ProblemDetail gone = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
					"This quality mark was revoked on " + a.revokedOn() + ": " + a.revocationReason());
			gone.setTitle("Revoked");
			gone.setProperty("revokedOn", String.valueOf(a.revokedOn()));
			gone.setProperty("reason", a.revocationReason());
			return ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(gone);
		}
		URI self = base().path("/api/t/{tenant}/quality-marks/{id}/assertion").build(tenant, id);
		URI page = base().path("/t/{tenant}/quality-marks/{id}").build(tenant, id);
		URI site = base().path("/t/{tenant}").build(tenant);
		Map<String, Object> issuer = new LinkedHashMap<>();
		issuer.put("type", "Profile");
		issuer.put("id", site.toString());
		issuer.put("name", "The " + tenant + " compact's steering group");
		issuer.put("url", site.toString());
		Map<String, Object> badge = new LinkedHashMap<>();
		badge.put("type", "BadgeClass");
		badge.put("name", NAME);
		badge.put("description",
				"Awarded by the compact's steering group to a signatory that assessed itself against the "
						+ "undertakings of the codes of practice it signed, and meets them.");
		badge.put("criteria", Map.of("narrative", "Every undertaking of the codes signed met or partly met, "
				+ "with evidence, and reviewed by the steering group."));
		badge.put("issuer", issuer);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("@context", "https://w3id.org/openbadges/v2");
		body.put("type", "Assertion");
		body.put("id", self.toString());
		body.put("recipient", Map.of("type", "name", "hashed", false, "identity", shown.organisation()));
		body.put("badge", badge);
		body.put("verification", Map.of("type", "hosted"));
		body.put("issuedOn", required(a.awardedOn()).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
		body.put("expires", required(a.expiresOn()).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
		body.put("evidence", shown.answers()
			.stream()
			.map(answer -> Map.of("id", page.toString(), "name", answer.codeTitle() + ": " + answer.undertaking(),
					"narrative",
					String.valueOf(answer.response()) + (answer.evidence() == null ? "" : ": " + answer.evidence())))
			.toList());
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private static ServletUriComponentsBuilder base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath();
	}

	private static String statusOf(QualityMarks.Shown shown) {
		SelfAssessment a = shown.assessment();
		if (a.state() == State.AWARDED && !a.holdsOn(shown.today())) {
			return "EXPIRED";
		}
		return a.state().name();
	}

	private static LocalDate required(@Nullable LocalDate day) {
		if (day == null) {
			throw new IllegalStateException("an awarded mark has its dates");
		}
		return day;
	}

	private static ResponseEntity<AssessmentView> answer(QualityMarks.Shown shown) {
		return ResponseEntity.ok().eTag(Long.toString(shown.assessment().version())).body(AssessmentView.of(shown));
	}

}

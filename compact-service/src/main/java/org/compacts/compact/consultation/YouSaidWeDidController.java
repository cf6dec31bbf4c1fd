package org.compacts.compact.consultation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.compacts.compact.federation.Reach;
import org.compacts.compact.federation.Readers;
import org.compacts.compact.item.ItemLinks;
import org.compacts.compact.plan.ActionsFromConsultations;
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
 * After a consultation closes: its points, the compact's answer to each ("you said, we
 * did", public with the results) and, for its members, the plan action each aspirational
 * point became; editors answer the points and make the actions.
 */
@RestController
class YouSaidWeDidController {

	private final YouSaidWeDidRegister register;

	private final Readers readers;

	YouSaidWeDidController(YouSaidWeDidRegister register, Readers readers) {
		this.register = register;
		this.readers = readers;
	}

	record ConsultationReplyRequest(@Schema(
			description = "the question answered, by its place from 0; or give anchor") @Min(0) @Nullable Integer question,
			@Schema(description = "the field of the draft commented on, as aim or publicSectorUndertakings[2]; "
					+ "or give question") @Size(max = 100) @Nullable String anchor,
			@Schema(description = "what the compact did about it") @NotBlank @Size(max = 10000) String text,
			@Schema(description = "the principle or code that changed because of it") @Nullable UUID itemId,
			@Schema(description = "the number of its version that changed") @Positive @Nullable Integer itemVersion) {

		Point point() {
			return new Point(question, anchor);
		}

	}

	record ConsultationToPlanRequest(@Schema(description = "the plan the actions are added to") @NotNull UUID planId) {
	}

	/**
	 * @param answeredBy for members only
	 */
	record ConsultationReplyView(UUID id, @Nullable Integer question, @Nullable String anchor, String text,
			ItemLinks.@Nullable Link item, @Nullable Integer itemVersion, Instant answeredAt,
			@Nullable String answeredBy, long version) {

		static ConsultationReplyView of(YouSaidWeDidRegister.ShownReply shown, boolean member) {
			ConsultationReply reply = shown.reply();
			Point point = reply.point();
			return new ConsultationReplyView(reply.id(), point.question(), point.anchor(), reply.text(), shown.item(),
					reply.itemVersion(), reply.answeredAt(), member ? reply.answeredBy() : null, reply.version());
		}

	}

	/** The plan action a point became. */
	record ConsultationPointActionView(UUID planId, UUID actionId) {
	}

	/**
	 * @param text the question, or the field commented on
	 * @param aspirational how many tagged it aspirational (and achievable, achievable)
	 * @param isAspirational whether it is work to plan for: tagged aspirational, and by
	 * no fewer than tagged it achievable
	 * @param action the plan action it became: for members only
	 */
	record ConsultationPointView(@Nullable Integer question, @Nullable String anchor, String label, String text,
			int achievable, int aspirational, int comments, boolean isAspirational,
			@Nullable ConsultationReplyView reply, @Nullable ConsultationPointActionView action) {

		static ConsultationPointView of(YouSaidWeDidRegister.ShownPoint shown, boolean member) {
			Points.Tallied tallied = shown.tallied();
			Point point = tallied.point();
			ActionsFromConsultations.Made made = shown.action();
			return new ConsultationPointView(point.question(), point.anchor(), point.label(), tallied.text(),
					tallied.achievable(), tallied.aspirational(), tallied.comments(), tallied.isAspirational(),
					shown.reply() == null ? null : ConsultationReplyView.of(shown.reply(), member),
					made == null || !member ? null : new ConsultationPointActionView(made.planId(), made.actionId()));
		}

	}

	@GetMapping("/api/t/{tenant}/consultations/{id}/points")
	@Operation(summary = "The points of a closed consultation and what the compact did about each",
			description = "Anyone reads them once it has closed; not found before. The plan action a point became is "
					+ "for members only.")
	List<ConsultationPointView> points(@PathVariable String tenant, @PathVariable UUID id, Authentication reader) {
		Reach reach = readers.reachOf(reader, tenant);
		return register.points(id, reach)
			.stream()
			.map(point -> ConsultationPointView.of(point, reach == Reach.MEMBER))
			.toList();
	}

	@PostMapping("/api/t/{tenant}/consultations/{id}/replies")
	@Operation(summary = "Answer a point of a closed consultation: you said, we did",
			description = "One answer per point (a second is refused, 409: change the first); refused before the "
					+ "close (409).")
	ResponseEntity<ConsultationReplyView> answer(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @RequestBody ConsultationReplyRequest input, Authentication editor) {
		YouSaidWeDidRegister.ShownReply shown = register.answer(id, input.point(), input.text(), input.itemId(),
				input.itemVersion(), editor.getName());
		return Created.at(shown.reply().id())
			.eTag(Long.toString(shown.reply().version()))
			.body(ConsultationReplyView.of(shown, true));
	}

	@PutMapping("/api/t/{tenant}/consultations/{id}/replies/{replyId}")
	@Operation(summary = "Change the answer to a point", description = "Its point stays (question and anchor are "
			+ "not read). If-Match names the version changed.")
	ResponseEntity<ConsultationReplyView> revise(@PathVariable String tenant, @PathVariable UUID id,
			@PathVariable UUID replyId, ExpectedVersion ifMatch, @Valid @RequestBody ConsultationReplyRequest input,
			Authentication editor) {
		YouSaidWeDidRegister.ShownReply shown = register.revise(id, replyId, ifMatch, input.text(), input.itemId(),
				input.itemVersion(), editor.getName());
		return ResponseEntity.ok()
			.eTag(Long.toString(shown.reply().version()))
			.body(ConsultationReplyView.of(shown, true));
	}

	@PostMapping("/api/t/{tenant}/consultations/{id}/plan-actions")
	@Operation(summary = "Make each aspirational point of a closed consultation an action of a plan",
			description = "One action per point, linked back to it; a point made into an action before is left as "
					+ "it is, so doing it twice makes none the second time. Answers the points made now.")
	List<ConsultationPointView> toPlan(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @RequestBody ConsultationToPlanRequest input, Authentication editor) {
		return register.toPlan(id, input.planId(), editor.getName())
			.stream()
			.map(point -> ConsultationPointView.of(point, true))
			.toList();
	}

}

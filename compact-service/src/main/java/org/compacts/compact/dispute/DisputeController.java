package org.compacts.compact.dispute;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.compacts.compact.dispute.DisputeApi.DeadlinesInput;
import org.compacts.compact.dispute.DisputeApi.DeadlinesView;
import org.compacts.compact.dispute.DisputeApi.DetailsInput;
import org.compacts.compact.dispute.DisputeApi.DisputeSummary;
import org.compacts.compact.dispute.DisputeApi.DisputeView;
import org.compacts.compact.dispute.DisputeApi.FiguresView;
import org.compacts.compact.dispute.DisputeApi.MoveInput;
import org.compacts.compact.dispute.DisputeApi.PublishedSummary;
import org.compacts.compact.dispute.DisputeApi.RaiseInput;
import org.compacts.compact.dispute.DisputeApi.SummaryInput;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.web.Created;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A compact's disputes log. Its members read it (everyone else is refused before it is
 * asked, by the security configuration) and its editors write it; the stage changes are
 * only ever added. The published summaries of resolved disputes are anyone's to read.
 */
@RestController
class DisputeController {

	private static final String DISPUTES = "/api/t/{tenant}/disputes";

	private static final String DISPUTE = DISPUTES + "/{id}";

	private final DisputeLog log;

	DisputeController(DisputeLog log) {
		this.log = log;
	}

	@GetMapping(DISPUTES)
	@Operation(summary = "The compact's disputes, newest raised first",
			description = "Members only. Each with its stage, the stage's deadline and since when it is overdue.")
	List<DisputeSummary> list(@PathVariable String tenant) {
		return log.all();
	}

	@GetMapping(DISPUTES + "/figures")
	@Operation(summary = "The disputes log in figures",
			description = "Members only. Open disputes by stage, disputes by principle or code (open and in all), "
					+ "the median days from raised to resolved.")
	FiguresView figures(@PathVariable String tenant) {
		return log.figures();
	}

	@GetMapping(DISPUTES + "/deadlines")
	@Operation(summary = "Working days per stage in this compact",
			description = "The defaults (version 0) until its editors set their own.")
	ResponseEntity<DeadlinesView> deadlines(@PathVariable String tenant) {
		DeadlinesView deadlines = log.deadlines();
		return ResponseEntity.ok().eTag(Long.toString(deadlines.version())).body(deadlines);
	}

	@PutMapping(DISPUTES + "/deadlines")
	@Operation(summary = "Set the working days per stage",
			description = "If-Match names the version read: 0 while the defaults hold. A stage keeps the deadline "
					+ "it was given when it began.")
	ResponseEntity<DeadlinesView> setDeadlines(@PathVariable String tenant, ExpectedVersion ifMatch,
			@Valid @RequestBody DeadlinesInput input, Authentication editor) {
		DeadlinesView deadlines = log.setDeadlines(ifMatch, input.toDeadlines(), editor.getName());
		return ResponseEntity.ok().eTag(Long.toString(deadlines.version())).body(deadlines);
	}

	@GetMapping(DISPUTE)
	@Operation(summary = "A dispute, with its history newest first")
	ResponseEntity<DisputeView> dispute(@PathVariable String tenant, @PathVariable UUID id) {
		return dispute(ResponseEntity.ok(), log.dispute(id));
	}

	@PostMapping(DISPUTES)
	@Operation(summary = "Raise a dispute",
			description = "At least two parties (an organisation of the register by id, or a name) and one "
					+ "principle or code; it starts RAISED unless logged at a later stage. Its raiser owns it.")
	ResponseEntity<DisputeView> raise(@PathVariable String tenant, @Valid @RequestBody RaiseInput input,
			Authentication editor) {
		DisputeView dispute = log.raise(input, mover(editor));
		return dispute(Created.at(dispute.id()), dispute);
	}

	@PutMapping(DISPUTE)
	@Operation(summary = "Change what a dispute is about",
			description = "Title, summary, parties, principles and codes; its stage changes by a move only.")
	ResponseEntity<DisputeView> describe(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody DetailsInput input) {
		return dispute(ResponseEntity.ok(), log.describe(id, ifMatch, input));
	}

	@PostMapping(DISPUTE + "/stages")
	@Operation(summary = "Move a dispute to a stage",
			description = "An open dispute escalates to a later stage, or is RESOLVED (outcome required) or "
					+ "WITHDRAWN (reason required); a closed one moves no more. The mover becomes its owner. "
					+ "Location names the move.")
	ResponseEntity<DisputeView> move(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody MoveInput input, Authentication editor) {
		DisputeLog.Moved moved = log.move(id, ifMatch, input.toMove(), mover(editor));
		return dispute(Created.at(moved.changeId()), moved.dispute());
	}

	@PutMapping(DISPUTE + "/public-summary")
	@Operation(summary = "Write the agreed, anonymised summary", description = "Not while it is published.")
	ResponseEntity<DisputeView> writeSummary(@PathVariable String tenant, @PathVariable UUID id,
			ExpectedVersion ifMatch, @Valid @RequestBody SummaryInput input) {
		return dispute(ResponseEntity.ok(), log.writePublicSummary(id, ifMatch, input.publicSummary()));
	}

	@PostMapping(DISPUTE + "/public-summary/publication")
	@Operation(summary = "Publish the summary on the public site", description = "Only a resolved dispute's.")
	ResponseEntity<DisputeView> publishSummary(@PathVariable String tenant, @PathVariable UUID id,
			ExpectedVersion ifMatch) {
		return dispute(ResponseEntity.ok(), log.publishSummary(id, ifMatch));
	}

	@DeleteMapping(DISPUTE + "/public-summary/publication")
	@Operation(summary = "Take the summary off the public site")
	ResponseEntity<DisputeView> withdrawSummary(@PathVariable String tenant, @PathVariable UUID id,
			ExpectedVersion ifMatch) {
		return dispute(ResponseEntity.ok(), log.withdrawSummary(id, ifMatch));
	}

	@GetMapping("/api/t/{tenant}/dispute-summaries")
	@Operation(summary = "The published summaries of resolved disputes",
			description = "Anyone's to read: the agreed summary, the principles and codes and the dates; never the "
					+ "parties, the title, the history or the outcome.")
	List<PublishedSummary> published(@PathVariable String tenant) {
		return log.published();
	}

	private static Dispute.Mover mover(Authentication editor) {
		String email = editor instanceof JwtAuthenticationToken jwt ? jwt.getToken().getClaimAsString("email") : null;
		return new Dispute.Mover(editor.getName(), email);
	}

	private static ResponseEntity<DisputeView> dispute(ResponseEntity.BodyBuilder response, DisputeView dispute) {
		return response.eTag(Long.toString(dispute.version())).body(dispute);
	}

}

package org.compacts.compact.meeting;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.compacts.compact.federation.Readers;
import org.compacts.compact.meeting.MeetingApi.ActionArisingInput;
import org.compacts.compact.meeting.MeetingApi.ApprovalInput;
import org.compacts.compact.meeting.MeetingApi.MeetingInput;
import org.compacts.compact.meeting.MeetingApi.MeetingSummary;
import org.compacts.compact.meeting.MeetingApi.MeetingView;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.web.Created;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A compact's meetings and their minutes. Its members read every meeting, anyone else the
 * meetings whose approved minutes are published (any other is not found); its editors
 * write. Every change to a meeting names the version it was made from.
 */
@RestController
@RequestMapping("/api/t/{tenant}/meetings")
class MeetingController {

	private final MeetingRegister register;

	private final Readers readers;

	MeetingController(MeetingRegister register, Readers readers) {
		this.register = register;
		this.readers = readers;
	}

	@GetMapping
	@Operation(summary = "The compact's meetings, newest first",
			description = "Members read every meeting; anyone else those whose minutes are published.")
	List<MeetingSummary> list(@PathVariable String tenant, Authentication reader) {
		return register.meetings(readers.reachOf(reader, tenant));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A meeting: attendees, apologies, agenda and minutes, actions arising",
			description = "For members each action arising says how its plan action stands, and attendees their "
					+ "e-mails; anyone else reads a published meeting without either.")
	ResponseEntity<MeetingView> meeting(@PathVariable String tenant, @PathVariable UUID id, Authentication reader) {
		return meeting(ResponseEntity.ok(), register.meeting(id, readers.reachOf(reader, tenant)));
	}

	@PostMapping
	@Operation(summary = "Record a meeting",
			description = "Place or online link (or both). With previousMeetingId the agenda starts from the "
					+ "meeting before: its minutes to agree and its matters arising.")
	ResponseEntity<MeetingView> create(@PathVariable String tenant, @Valid @RequestBody MeetingInput input,
			Authentication editor) {
		MeetingView meeting = register.create(input, editor.getName());
		return meeting(Created.at(meeting.id()), meeting);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a meeting: when, where, who, the agenda and minutes",
			description = "Until its minutes are approved. previousMeetingId is not changed here.")
	ResponseEntity<MeetingView> describe(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody MeetingInput input) {
		return meeting(ResponseEntity.ok(), register.describe(id, ifMatch, input));
	}

	@PostMapping("/{id}/actions")
	@Operation(summary = "Minute an action arising",
			description = "owner is the initials of those present (\"JW\", \"JD & JP\") or ALL. The action joins "
					+ "the compact's plan for the financial year of the meeting, marked as arising from it.")
	ResponseEntity<MeetingView> addAction(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody ActionArisingInput input, Authentication editor) {
		return meeting(ResponseEntity.ok(), register.addAction(id, ifMatch, input, editor.getName()));
	}

	@PostMapping("/{id}/circulation")
	@Operation(summary = "Circulate the draft minutes", description = "Once; raises MinutesCirculated.")
	ResponseEntity<MeetingView> circulate(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch) {
		return meeting(ResponseEntity.ok(), register.circulate(id, ifMatch));
	}

	@PostMapping("/{id}/approval")
	@Operation(summary = "Record the circulated minutes as agreed correct at a later meeting")
	ResponseEntity<MeetingView> approve(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody ApprovalInput input) {
		return meeting(ResponseEntity.ok(), register.approve(id, ifMatch, input.at()));
	}

	@PostMapping("/{id}/publication")
	@Operation(summary = "Publish approved minutes to anyone")
	ResponseEntity<MeetingView> publish(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch) {
		return meeting(ResponseEntity.ok(), register.publish(id, ifMatch));
	}

	private static ResponseEntity<MeetingView> meeting(ResponseEntity.BodyBuilder response, MeetingView meeting) {
		return response.eTag(Long.toString(meeting.version())).body(meeting);
	}

}

package org.compacts.sync.deadletters;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dead letters for a platform admin; who may ask is the security configuration's
 * rule.
 */
@RestController
@RequestMapping("/api/sync/dead-letters")
@Tag(name = "Dead letters", description = "Records sync-service could not handle, listed and replayed by an operator")
class DeadLettersController {

	private final DeadLetterReplays replays;

	DeadLettersController(DeadLetterReplays replays) {
		this.replays = replays;
	}

	@GetMapping
	@Operation(summary = "Every record on the dead-letter topic",
			description = "What (its place, key and value), why (the exception that sent it there), from where"
					+ " (its original topic, partition and offset), and its replay if it had one.")
	List<DeadLetter> list() {
		return replays.list();
	}

	@PostMapping("/{id}/replay")
	@Operation(summary = "Send a dead letter back to its original topic, once",
			description = "For when its cause is fixed. Recorded with who and when; a second replay of the same"
					+ " dead letter is refused (409).")
	DeadLetterReplay replay(@PathVariable String id, Authentication operator) {
		return replays.replay(id, operator.getName());
	}

}

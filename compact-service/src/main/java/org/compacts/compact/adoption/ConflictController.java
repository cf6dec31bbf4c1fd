package org.compacts.compact.adoption;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.compacts.compact.item.ContentRequests;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.versioning.ItemContent;
import org.compacts.compact.versioning.Stamp;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A district's conflict between its amendment of an adaptable item and a newer upstream
 * version, beside the item itself: members read it, editors resolve it (take upstream's,
 * keep the local, or edit). Not under {@code /sync}, which the gateway routes to
 * sync-service.
 */
@RestController
@Tag(name = "Conflicts with upstream", description = "Where a district's amendment and its county's new version differ")
class ConflictController {

	private static final String ITEM = "/api/t/{tenant}/{collection:principles|codes}/{id}";

	private final Applying applying;

	private final ContentRequests contents;

	ConflictController(Applying applying, ContentRequests contents) {
		this.applying = applying;
		this.contents = contents;
	}

	/**
	 * @param content the new content, for {@code EDIT} only (its fields as for a new
	 * version, without mode)
	 * @param upstreamVersion the upstream version the editor saw, if given: a conflict
	 * with a newer one is not resolved unseen
	 */
	record ResolutionRequest(@NotNull Applying.Take take, JsonNode content, @Nullable Integer upstreamVersion) {
	}

	@GetMapping("/api/t/{tenant}/conflicts")
	@Operation(summary = "The compact's items with an open conflict with upstream, the longest waiting first")
	List<Applying.Waiting> conflicts(@PathVariable String tenant) {
		return applying.conflicts();
	}

	@GetMapping(ITEM + "/conflict")
	@Operation(
			summary = "The open conflict with upstream: base, local, upstream and the fields both changed; 404 if none")
	Applying.Conflict conflict(@PathVariable String tenant, @PathVariable String collection, @PathVariable UUID id) {
		return applying.conflict(kind(collection), id).orElseThrow(ConflictController::noConflict);
	}

	@PostMapping(ITEM + "/conflict/resolution")
	@Operation(summary = "Resolves the open conflict: UPSTREAM, LOCAL, or EDIT with content; publishes the result")
	Resolved resolve(@PathVariable String tenant, @PathVariable String collection, @PathVariable UUID id,
			@Valid @RequestBody ResolutionRequest request, Authentication editor) {
		ItemKind kind = kind(collection);
		Applying.Conflict open = applying.conflict(kind, id).orElseThrow(ConflictController::noConflict);
		ItemContent edited = null;
		if (request.take() == Applying.Take.EDIT) {
			edited = contents.read(kind, request.content(), open.upstreamMode(), "content");
		}
		else if (request.content() != null && !request.content().isNull()) {
			throw Refusal.invalid("Content goes with EDIT only.", "content",
					"only with take EDIT; " + request.take() + " publishes no new content");
		}
		applying
			.resolve(kind, id, request.take(), edited, request.upstreamVersion(),
					new Stamp(editor.getName(), Instant.now()))
			.orElseThrow(ConflictController::noConflict);
		return new Resolved(id, request.take(), open.upstreamVersion());
	}

	/**
	 * @param upstreamVersion the upstream version the item is now in sync with
	 */
	record Resolved(UUID itemId, Applying.Take take, int upstreamVersion) {
	}

	private static ItemKind kind(String collection) {
		return "codes".equals(collection) ? ItemKind.CODE : ItemKind.PRINCIPLE;
	}

	private static Refusal noConflict() {
		return Refusal.notFound("This item has no open conflict with upstream in this compact.");
	}

}

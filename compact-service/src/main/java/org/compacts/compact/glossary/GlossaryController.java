package org.compacts.compact.glossary;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.compacts.servicekit.web.InvalidField;
import org.compacts.servicekit.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anyone reads a compact's glossary; its editors write it (the security rules decide who
 * gets here). A change names the version it started from in {@code If-Match}, so no one
 * overwrites a change unseen.
 */
@RestController
@RequestMapping("/api/t/{tenant}/glossary")
class GlossaryController {

	private final GlossaryEntries entries;

	GlossaryController(GlossaryEntries entries) {
		this.entries = entries;
	}

	record EntryRequest(@NotBlank @Size(max = 100) String term, @NotBlank @Size(max = 5000) String meaning) {
	}

	record EntryView(UUID id, String term, String meaning, long version) {

		static EntryView of(GlossaryEntry entry) {
			return new EntryView(entry.id(), entry.term(), entry.meaning(), entry.version());
		}

	}

	@GetMapping
	@Transactional(readOnly = true)
	List<EntryView> list(@PathVariable String tenant) {
		return entries.findAllByOrderByTermAsc().stream().map(EntryView::of).toList();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	ResponseEntity<EntryView> one(@PathVariable String tenant, @PathVariable UUID id) {
		GlossaryEntry entry = find(id);
		return ResponseEntity.ok().eTag(String.valueOf(entry.version())).body(EntryView.of(entry));
	}

	@PostMapping
	@Transactional
	ResponseEntity<EntryView> add(@PathVariable String tenant, @Valid @RequestBody EntryRequest request) {
		if (entries.existsByTermIgnoreCase(request.term().strip())) {
			throw termTaken();
		}
		GlossaryEntry entry = entries
			.saveAndFlush(new GlossaryEntry(request.term().strip(), request.meaning().strip()));
		return ResponseEntity.created(URI.create("/api/t/" + tenant + "/glossary/" + entry.id()))
			.eTag(String.valueOf(entry.version()))
			.body(EntryView.of(entry));
	}

	@PutMapping("/{id}")
	@Transactional
	ResponseEntity<EntryView> reword(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody EntryRequest request) {
		GlossaryEntry entry = find(id);
		if (ifMatch == null) {
			throw problem(HttpStatus.PRECONDITION_REQUIRED, Problems.VERSION_REQUIRED, "Version required",
					"Say which version you changed with If-Match, so no one's change is overwritten unseen.");
		}
		if (!ifMatch.replace("\"", "").strip().equals(String.valueOf(entry.version()))) {
			throw problem(HttpStatus.PRECONDITION_FAILED, Problems.STALE_VERSION, "Stale version",
					"Someone changed this entry since version " + ifMatch + "; it is now at version " + entry.version()
							+ ".");
		}
		if (entries.existsByTermIgnoreCaseAndIdNot(request.term().strip(), id)) {
			throw termTaken();
		}
		entry.reword(request.term().strip(), request.meaning().strip());
		GlossaryEntry saved = entries.saveAndFlush(entry);
		return ResponseEntity.ok().eTag(String.valueOf(saved.version())).body(EntryView.of(saved));
	}

	@DeleteMapping("/{id}")
	@Transactional
	ResponseEntity<Void> remove(@PathVariable String tenant, @PathVariable UUID id) {
		entries.delete(find(id));
		return ResponseEntity.noContent().build();
	}

	private GlossaryEntry find(UUID id) {
		return entries.findById(id)
			.orElseThrow(() -> problem(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found",
					"No such glossary entry in this compact."));
	}

	private static ErrorResponseException termTaken() {
		var problem = Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "Conflict",
				"This compact's glossary already explains that term.",
				List.of(new InvalidField("term", "is already in this glossary")));
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

	private static ErrorResponseException problem(HttpStatus status, URI type, String title, String detail) {
		return new ErrorResponseException(status, Problems.of(status, type, title, detail, List.of()), null);
	}

}

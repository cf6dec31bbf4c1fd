package org.compacts.compact.glossary;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.web.Created;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anyone reads a compact's glossary; its editors write it (the security rules decide who
 * gets here). A change names the version it started from in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/t/{tenant}/glossary")
class GlossaryController {

	private final Glossary glossary;

	GlossaryController(Glossary glossary) {
		this.glossary = glossary;
	}

	record EntryRequest(@NotBlank @Size(max = 100) String term, @NotBlank @Size(max = 5000) String meaning) {
	}

	record EntryView(UUID id, String term, String meaning, long version) {

		static EntryView of(GlossaryEntry entry) {
			return new EntryView(entry.id(), entry.term(), entry.meaning(), entry.version());
		}

	}

	@GetMapping
	List<EntryView> list(@PathVariable String tenant) {
		return glossary.entries().stream().map(EntryView::of).toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<EntryView> one(@PathVariable String tenant, @PathVariable UUID id) {
		return withETag(ResponseEntity.ok(), glossary.entry(id));
	}

	@PostMapping
	ResponseEntity<EntryView> add(@PathVariable String tenant, @Valid @RequestBody EntryRequest request) {
		GlossaryEntry entry = glossary.add(request.term(), request.meaning());
		return withETag(Created.at(entry.id()), entry);
	}

	@PutMapping("/{id}")
	ResponseEntity<EntryView> reword(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody EntryRequest request) {
		return withETag(ResponseEntity.ok(), glossary.reword(id, ifMatch, request.term(), request.meaning()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable String tenant, @PathVariable UUID id) {
		glossary.remove(id);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<EntryView> withETag(ResponseEntity.BodyBuilder response, GlossaryEntry entry) {
		return response.eTag(Long.toString(entry.version())).body(EntryView.of(entry));
	}

}

package org.compacts.compact.importing;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Loads a whole compact from a compact file (docs/compact-file.md); editors only (the
 * security rules).
 */
@RestController
@Tag(name = "Import", description = "Load a compact from a YAML or JSON compact file")
class ImportController {

	private final CompactImport compactImport;

	ImportController(CompactImport compactImport) {
		this.compactImport = compactImport;
	}

	@PostMapping(path = "/api/t/{tenant}/import",
			consumes = { "application/yaml", "application/x-yaml", "text/yaml", "application/json" })
	@Operation(summary = "Loads a new compact from a compact file; every error names its line and field")
	ResponseEntity<CompactImport.Imported> load(@PathVariable String tenant, @RequestBody byte[] file,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
			@RequestParam(defaultValue = "false") boolean publish, Authentication editor) {
		CompactImport.Outcome outcome = compactImport.load(file, contentType, publish, editor.getName());
		if (outcome instanceof CompactImport.Outcome.Invalid invalid) {
			// each error names its line and column as well as the field
			throw new Refusal(Refusal.Ground.INVALID, "Invalid compact file",
					"The compact file has " + invalid.errors().size() + " error(s); nothing was loaded.", List.of())
				.with("errors", invalid.errors());
		}
		if (outcome instanceof CompactImport.Outcome.NotEmpty notEmpty) {
			throw new Refusal(Refusal.Ground.CONFLICT, "Compact not empty",
					"An import loads a new compact; this one already has content. Change it through the API instead.",
					notEmpty.present().stream().map(part -> new InvalidField(part, "already has content")).toList());
		}
		CompactImport.Imported imported = ((CompactImport.Outcome.Loaded) outcome).imported();
		URI document = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/t/{tenant}/document")
			.buildAndExpand(tenant)
			.toUri();
		return ResponseEntity.created(document).body(imported);
	}

}

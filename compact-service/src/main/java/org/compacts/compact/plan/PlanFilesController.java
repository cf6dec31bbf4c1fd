package org.compacts.compact.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.compacts.compact.plan.PlanApi.PlanView;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.InvalidField;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A plan's actions imported from and exported to CSV, and its indicators exported. The
 * exports are read as the plan is, through {@link PlanController}'s read, so whoever may
 * not read the plan gets its 404 and no file; the import is an editor's (the security
 * rules).
 */
@RestController
class PlanFilesController {

	/** Thousands of actions; a spreadsheet of a plan is far smaller. */
	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final PlanController plans;

	private final PlanFiles files;

	PlanFilesController(PlanController plans, PlanFiles files) {
		this.plans = plans;
		this.files = files;
	}

	@PostMapping(path = "/api/t/{tenant}/plans/{planId}/actions/import", consumes = "text/csv")
	@Operation(summary = "Add actions to a plan from a CSV file",
			description = "UTF-8 (a byte order mark is fine), at most 2 MB; a header row names the columns in any "
					+ "order: title (required), outcome, measure, owner_organisation, owner_person, partners (; "
					+ "between), start, due (yyyy-mm-dd or dd/mm/yyyy), priority, ambition, status, progress, "
					+ "completed, drop_reason, codes (titles, ; between). Whole or nothing: any error refuses the "
					+ "file, each error named as \"line 3: due\". If-Match names the plan's version. Answers 201 with "
					+ "the number of actions imported and the plan.")
	ResponseEntity<PlanFiles.Imported> importActions(@PathVariable String tenant, @PathVariable UUID planId,
			ExpectedVersion ifMatch, HttpServletRequest request, Authentication editor) throws IOException {
		PlanFiles.Imported imported = files.importActions(planId, ifMatch, body(request), editor.getName());
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/api/t/{tenant}/plans/{planId}")
				.buildAndExpand(tenant, planId)
				.toUri())
			.eTag(Long.toString(imported.plan().version()))
			.body(imported);
	}

	@GetMapping(path = "/api/t/{tenant}/plans/{planId}/actions.csv", produces = "text/csv")
	@Operation(summary = "A plan's actions as CSV, in the columns an import reads",
			description = "A cell that starts with =, +, - or @ gets a leading ' so a spreadsheet does not run it.")
	ResponseEntity<String> actions(@PathVariable String tenant, @PathVariable UUID planId, Authentication reader) {
		return csv(files.actions(readable(tenant, planId, reader)));
	}

	@GetMapping(path = "/api/t/{tenant}/plans/{planId}/indicators.csv", produces = "text/csv")
	@Operation(summary = "The indicators a plan's actions move, as CSV",
			description = "name, unit, baseline and target (value and date), direction, tolerance, the latest "
					+ "reading (date and value), the value expected then, and the RAG.")
	ResponseEntity<String> indicators(@PathVariable String tenant, @PathVariable UUID planId, Authentication reader) {
		return csv(files.indicators(readable(tenant, planId, reader)));
	}

	private PlanView readable(String tenant, UUID planId, Authentication reader) {
		return plans.plan(tenant, planId, reader).getBody();
	}

	private static ResponseEntity<String> csv(String text) {
		return ResponseEntity.ok().contentType(CSV).body(text);
	}

	/**
	 * The body up to {@link #MAX_BYTES}, read no further than one byte past it. Read
	 * rather than refused by its Content-Length: the server then swallows the rest of a
	 * file a little too large, and the client reads the refusal instead of a reset.
	 */
	private static byte[] body(HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BYTES + 1);
			if (body.length > MAX_BYTES) {
				throw tooLarge();
			}
			return body;
		}
	}

	private static ErrorResponseException tooLarge() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"A CSV file of a plan's actions is at most 2 MB; split the plan into smaller files.");
		problem.setTitle("File too large");
		problem.setProperty("errors", List.of(new InvalidField("file", "is larger than 2 MB")));
		return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
	}

}

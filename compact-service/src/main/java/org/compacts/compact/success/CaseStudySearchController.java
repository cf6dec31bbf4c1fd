package org.compacts.compact.success;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public case studies of every compact, searched together, for anyone: what one
 * compact's champions learn from another's.
 */
@RestController
class CaseStudySearchController {

	private final CaseStudySearch search;

	CaseStudySearchController(CaseStudySearch search) {
		this.search = search;
	}

	/** A case study found, with the slug of its compact. */
	record FoundView(String tenant, SuccessController.SuccessView caseStudy) {
	}

	@GetMapping("/api/case-studies")
	@Operation(summary = "Search the public case studies of every compact",
			description = "By the title of a principle or code it shows, a sector and a place, each a part of "
					+ "the words, ignoring case; newest public first. Drafts and approved successes are never here.")
	List<FoundView> search(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String sector,
			@RequestParam(required = false) @Nullable String place) {
		return search.search(new CaseStudySearch.Query(code, sector, place))
			.stream()
			.map(found -> new FoundView(found.tenant(), SuccessController.SuccessView.of(found.shown(), false)))
			.toList();
	}

}

package org.compacts.servicekit.web;

import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web contract every service gets from service-kit, in a slice with a small shelf of
 * books: If-Match as an {@link ExpectedVersion}, refusals and bad input as problem
 * details. The slice picks the contract up from service-kit's imports for
 * {@code @WebMvcTest}, as a service's slice does.
 */
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
class ProblemDetailsAdviceTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aChangeWithoutIfMatchIsAnswered428NamingTheHeader() {
		assertThat(put(null)).hasStatus(428)
			.bodyJson()
			.hasPathSatisfying("$.type", type -> type.assertThat().isEqualTo("urn:compacts:problem:version-required"))
			.hasPathSatisfying("$.errors[0].field", field -> field.assertThat().isEqualTo("If-Match"));
	}

	@Test
	void aChangeFromTheCurrentVersionIsMadeAndAnsweredWithTheNewETag() {
		assertThat(put("\"3\"")).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"4\"");
	}

	@Test
	void aChangeNamingOneOfSeveralTagsMatchesTheCurrentOne() {
		assertThat(put("\"1\", \"3\"")).hasStatusOk();
	}

	@Test
	void aStarChangesWhateverVersionIsCurrent() {
		assertThat(put("*")).hasStatusOk();
	}

	@Test
	void aChangeFromAnOlderVersionIsAnswered412WithTheCurrentVersion() {
		assertThat(put("\"2\"")).hasStatus(412)
			.bodyJson()
			.hasPathSatisfying("$.type", type -> type.assertThat().isEqualTo("urn:compacts:problem:stale-version"))
			.hasPathSatisfying("$.currentVersion", current -> current.assertThat().isEqualTo(3))
			.hasPathSatisfying("$.errors[0].field", field -> field.assertThat().isEqualTo("If-Match"));
	}

	/**
	 * RFC 9110 compares If-Match strongly: a weak tag never matches, even the current.
	 */
	@Test
	void aWeakTagOfTheCurrentVersionIsAnswered412() {
		assertThat(put("W/\"3\"")).hasStatus(412);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "\"three\"", "not an etag" })
	void anIfMatchThatNamesNoVersionIsAnswered400NamingTheHeader(String ifMatch) {
		assertThat(put(ifMatch)).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", field -> field.assertThat().isEqualTo("If-Match"));
	}

	@Test
	void aLostRaceFoundBySpringIsAStaleVersion() {
		assertThat(mvc.get().uri("/books/lost-race")).hasStatus(412)
			.bodyJson()
			.hasPathSatisfying("$.type", type -> type.assertThat().isEqualTo("urn:compacts:problem:stale-version"));
	}

	@Test
	void aLostRaceFoundByJpaIsAStaleVersion() {
		assertThat(mvc.get().uri("/books/lost-race-in-jpa")).hasStatus(412)
			.bodyJson()
			.hasPathSatisfying("$.type", type -> type.assertThat().isEqualTo("urn:compacts:problem:stale-version"));
	}

	@ParameterizedTest
	@CsvSource({ "NOT_FOUND, 404, not-found", "INVALID, 400, invalid-request", "CONFLICT, 409, conflict",
			"NOT_ALLOWED, 409, rule-broken", "BREAKS_RULES, 422, rule-broken", "STALE, 412, stale-version",
			"CHANGED_MEANWHILE, 409, stale-version", "VERSION_REQUIRED, 428, version-required",
			"FORBIDDEN, 403, forbidden", "UNAVAILABLE, 503, unavailable" })
	void aRefusalIsAProblemOfItsGroundNamingTheFieldAndTheReason(Refusal.Ground ground, int status, String type) {
		MvcTestResult result = mvc.get().uri("/books/refusals/{ground}", ground).exchange();

		assertThat(result).hasStatus(status)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.type", value -> value.assertThat().isEqualTo("urn:compacts:problem:" + type))
			.hasPathSatisfying("$.title", value -> value.assertThat().isEqualTo("Refused"))
			.hasPathSatisfying("$.detail", value -> value.assertThat().isEqualTo("Because " + ground))
			.hasPathSatisfying("$.errors[0].field", value -> value.assertThat().isEqualTo("title"))
			.hasPathSatisfying("$.errors[0].reason", value -> value.assertThat().isEqualTo("is " + ground));
	}

	@Test
	void aBlankFieldIsAnswered400NamingTheField() {
		assertThat(mvc.put()
			.uri("/books/1")
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\" \"}")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", field -> field.assertThat().isEqualTo("title"))
			.hasPathSatisfying("$.errors[0].reason", reason -> reason.assertThat().isEqualTo("must not be blank"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "{\"title\":[\"Dune\"]}|title|must be a string",
			"{\"title\":\"Dune\",\"tags\":\"sf\"}|tags|must be a list",
			"{\"title\":\"Dune\",\"author\":\"Herbert\"}|author|must be an object",
			"{\"title\":\"Dune \\ud800\"}|title|is not valid Unicode: it holds half of a surrogate pair",
			"{\"title\":\"Dune\",\"tags\":[\"sf\",\"\\udc00x\"]}|tags[1]|is not valid Unicode: it holds half of a surrogate pair",
			"{\"title\":\"Dune\",\"author\":{\"name\":\"\\ud83d\"}}|author.name|is not valid Unicode: it holds half of a surrogate pair" })
	void aValueOfTheWrongShapeIsAnswered400NamingTheFieldAndWhatItMustBe(String body, String field, String reason) {
		assertThat(mvc.put()
			.uri("/books/1")
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", value -> value.assertThat().isEqualTo(field))
			.hasPathSatisfying("$.errors[0].reason", value -> value.assertThat().isEqualTo(reason));
	}

	@Test
	void aWholeCharacterOutsideTheBasicPlaneIsKept() {
		assertThat(mvc.put()
			.uri("/books/1")
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Dune \\ud83d\\udcda\"}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.title", title -> title.assertThat().isEqualTo("Dune \uD83D\uDCDA"));
	}

	@Test
	void aBodyThatIsNotJsonIsAnswered400() {
		assertThat(mvc.put()
			.uri("/books/1")
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.detail",
					detail -> detail.assertThat().isEqualTo("The request body is not valid JSON."));
	}

	@Test
	void aPathVariableOfTheWrongTypeIsAnswered400NamingIt() {
		assertThat(mvc.put()
			.uri("/books/first")
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Dune\"}")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", field -> field.assertThat().isEqualTo("id"))
			.hasPathSatisfying("$.errors[0].reason", reason -> reason.assertThat().isEqualTo("must be a number"));
	}

	@Test
	void whatTheDatabaseRefusesIsAConflict() {
		assertThat(mvc.get().uri("/books/duplicate")).hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.type", type -> type.assertThat().isEqualTo("urn:compacts:problem:conflict"));
	}

	@Test
	void aDeadlockVictimIsAConflictToSendAgain() {
		assertThat(mvc.get().uri("/books/deadlock")).hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.detail", detail -> detail.assertThat().asString().contains("send it again"));
	}

	private MvcTestResult put(String ifMatch) {
		var request = mvc.put().uri("/books/1").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Dune\"}");
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.exchange();
	}

	@SpringBootConfiguration
	@Import(Shelf.class)
	static class ShelfApplication {

	}

	/** A book at version 3, and every way of refusing to change it. */
	@RestController
	static class Shelf {

		record BookRequest(@NotBlank String title, List<String> tags, Author author) {
		}

		record Author(String name) {
		}

		@PutMapping("/books/{id}")
		ResponseEntity<BookRequest> retitle(@PathVariable long id, ExpectedVersion ifMatch,
				@Valid @RequestBody BookRequest book) {
			ifMatch.require(3);
			return ResponseEntity.ok().eTag("4").body(book);
		}

		@GetMapping("/books/refusals/{ground}")
		void refuse(@PathVariable Refusal.Ground ground) {
			throw new Refusal(ground, "Refused", "Because " + ground,
					List.of(new InvalidField("title", "is " + ground)));
		}

		@GetMapping("/books/lost-race")
		void loseARace() {
			throw new OptimisticLockingFailureException("row was updated by another transaction");
		}

		@GetMapping("/books/lost-race-in-jpa")
		void loseARaceInJpa() {
			throw new OptimisticLockException("changed meanwhile");
		}

		@GetMapping("/books/deadlock")
		void deadlock() {
			throw new CannotAcquireLockException("deadlock detected");
		}

		@GetMapping("/books/duplicate")
		void duplicate() {
			throw new DataIntegrityViolationException("duplicate key");
		}

	}

}

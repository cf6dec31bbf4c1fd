package org.compacts.compact.glossary;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The glossary's If-Match and refusals in a slice: the controller and its application
 * service, service-kit's contract, and the entries stubbed at version 2. Who may call,
 * and what is stored, are for {@link GlossaryIT} on the real servers.
 */
@WebMvcTest(GlossaryController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(Glossary.class)
class GlossaryControllerTest {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	GlossaryEntries entries;

	UUID id;

	@BeforeEach
	void anEntryAtVersionTwo() {
		GlossaryEntry entry = new GlossaryEntry("LSP", "Local Strategic Partnership");
		id = entry.id();
		given(entries.findById(id)).willReturn(Optional.of(entry));
		given(entries.saveAndFlush(any())).willAnswer(call -> call.getArgument(0));
		given(entries.existsByTermIgnoreCaseAndIdNot(any(), any())).willReturn(false);
		ReflectionTestUtils.setField(entry, "version", 2L);
	}

	@Test
	void aRewordingWithoutIfMatchIsAnswered428AndNothingIsSaved() {
		assertThat(reword(null)).hasStatus(428)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", field -> field.assertThat().isEqualTo("If-Match"));
		verify(entries, never()).saveAndFlush(any());
	}

	@Test
	void aRewordingFromTheCurrentVersionIsSaved() {
		assertThat(reword("\"2\"")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.meaning", meaning -> meaning.assertThat().isEqualTo("Local Strategic Partnership"));
	}

	@Test
	void aRewordingWithAStarChangesWhateverIsCurrent() {
		assertThat(reword("*")).hasStatusOk();
	}

	@Test
	void aRewordingFromAnOlderVersionIsAnswered412AndNothingIsSaved() {
		assertThat(reword("\"1\"")).hasStatus(412)
			.bodyJson()
			.hasPathSatisfying("$.currentVersion", current -> current.assertThat().isEqualTo(2));
		verify(entries, never()).saveAndFlush(any());
	}

	@Test
	void aWeakTagIsNeverTheCurrentVersion() {
		assertThat(reword("W/\"2\"")).hasStatus(412);
		verify(entries, never()).saveAndFlush(any());
	}

	/**
	 * Two rewordings from version 2 at once: the one that loses at the save is told 412,
	 * as contacts are.
	 */
	@Test
	void aRewordingThatLosesTheRaceAtTheSaveIsAnswered412() {
		given(entries.saveAndFlush(any()))
			.willThrow(new ObjectOptimisticLockingFailureException(GlossaryEntry.class, id));

		assertThat(reword("\"2\"")).hasStatus(412)
			.bodyJson()
			.hasPathSatisfying("$.type", type -> type.assertThat().isEqualTo("urn:compacts:problem:stale-version"));
	}

	@Test
	void aTermAnotherEntryExplainsIsAConflictNamingTheTerm() {
		given(entries.existsByTermIgnoreCaseAndIdNot("LSP", id)).willReturn(true);

		assertThat(reword("\"2\"")).hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", field -> field.assertThat().isEqualTo("term"));
	}

	@Test
	void anEntryOfNoOneIsNotFound() {
		assertThat(mvc.get().uri("/api/t/swale/glossary/{id}", UUID.randomUUID())).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anEntryIsReadWithItsVersionAsETag() {
		assertThat(mvc.get().uri("/api/t/swale/glossary/{id}", id)).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"2\"");
	}

	@Test
	void aNewEntryIsLocatedUnderTheRequestPath() {
		given(entries.existsByTermIgnoreCase("CVS")).willReturn(false);

		MvcTestResult added = mvc.post()
			.uri("/api/t/swale/glossary")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"term\":\" CVS \",\"meaning\":\"Council for Voluntary Service\"}")
			.exchange();

		assertThat(added).hasStatus(201)
			.bodyJson()
			.hasPathSatisfying("$.term", term -> term.assertThat().isEqualTo("CVS"));
		assertThat(added.getResponse().getHeader(HttpHeaders.LOCATION))
			.matches("http://localhost/api/t/swale/glossary/[0-9a-f-]{36}");
	}

	@Test
	void aBlankTermIsAnswered400NamingTheField() {
		assertThat(mvc.post()
			.uri("/api/t/swale/glossary")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"term\":\" \",\"meaning\":\"m\"}")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", field -> field.assertThat().isEqualTo("term"));
	}

	private MvcTestResult reword(String ifMatch) {
		var request = mvc.put()
			.uri("/api/t/swale/glossary/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"term\":\"LSP\",\"meaning\":\"Local Strategic Partnership\"}");
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.exchange();
	}

}

package org.compacts.compact.item;

import java.util.List;
import java.util.Map;

import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input to principles and codes gets a 4xx problem naming the field and the reason,
 * and changes nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class SharedItemBadInputIT {

	static final String EDITOR = "sam.editor";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	@BeforeEach
	void api() {
		api = new Api(port, jdbc, transactions);
	}

	private int rows() {
		return api.rows("shared_item", "swale") + api.rows("item_version", "swale")
				+ api.rows("item_status_change", "swale");
	}

	private void refusedNaming(Answer answer, int status, String field) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.namesField(field)).as(answer.text()).isTrue();
	}

	private Map<String, Object> code(String key, Object value) {
		Map<String, Object> code = Codes.consultation("Consultation");
		code.put(key, value);
		return code;
	}

	@Test
	void missingAndOverLongFieldsOfAPrincipleAreNamed() {
		int before = rows();

		refusedNaming(api.post("/api/t/swale/principles", EDITOR, Map.of("text", "t", "mode", "CORE")), 400, "title");
		refusedNaming(api.post("/api/t/swale/principles", EDITOR,
				Map.of("title", "x".repeat(201), "text", "t", "mode", "CORE")), 400, "title");
		refusedNaming(
				api.post("/api/t/swale/principles", EDITOR, Map.of("title", "Openness", "text", " ", "mode", "CORE")),
				400, "text");
		refusedNaming(api.post("/api/t/swale/principles", EDITOR, Map.of("title", "Openness", "text", "t")), 400,
				"mode");

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void badFieldsOfACodeAreNamed() {
		int before = rows();

		refusedNaming(api.post("/api/t/swale/codes", EDITOR, code("aim", null)), 400, "aim");
		refusedNaming(api.post("/api/t/swale/codes", EDITOR, code("vcsUndertakings", List.of("ok", " "))), 400,
				"vcsUndertakings[1]");
		refusedNaming(api.post("/api/t/swale/codes", EDITOR, code("mode", "SOMETIMES")), 400, "mode");
		refusedNaming(
				api.post("/api/t/swale/codes", EDITOR, code("subCodes",
						List.of(Map.of("title", "Carers", "text", "a"), Map.of("title", "carers", "text", "b")))),
				400, "subCodes[1].title");

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void measurableCommitmentsMustBeWholeAndUnique() {
		int before = rows();

		refusedNaming(
				api.post("/api/t/swale/codes", EDITOR,
						code("measurableCommitments",
								List.of(Map.of("name", "full cost recovery", "kind", "PRACTICE", "quantity",
										Map.of("amount", 3, "unit", "years"))))),
				400, "measurableCommitments[0].quantity");
		refusedNaming(
				api.post("/api/t/swale/codes", EDITOR,
						code("measurableCommitments",
								List.of(Map.of("name", "minimum consultation period", "kind", "MINIMUM")))),
				400, "measurableCommitments[0].quantity");
		refusedNaming(
				api.post("/api/t/swale/codes", EDITOR,
						code("measurableCommitments", List.of(Map.of("name", "minimum consultation period", "kind",
								"MINIMUM", "quantity", Map.of("unit", "weeks"))))),
				400, "measurableCommitments[0].quantity.amount");
		refusedNaming(
				api.post("/api/t/swale/codes", EDITOR,
						code("measurableCommitments",
								List.of(Map.of("name", "minimum consultation period", "kind", "MINIMUM", "quantity",
										Map.of("amount", -1, "unit", "weeks"))))),
				400, "measurableCommitments[0].quantity.amount");
		refusedNaming(
				api.post("/api/t/swale/codes", EDITOR,
						code("measurableCommitments",
								List.of(Map.of("name", "payment in advance", "kind", "PRACTICE"),
										Map.of("name", "Payment in advance", "kind", "PRACTICE")))),
				400, "measurableCommitments[1].name");

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void anEditWithoutTheVersionItStartedFromIsRefused() {
		String code = api.post("/api/t/swale/codes", EDITOR, Codes.consultation("Consultation"))
			.json()
			.path("id")
			.asString();
		int before = rows();

		refusedNaming(api.put("/api/t/swale/codes/" + code, EDITOR, Codes.consultation("Consultation")), 400,
				"startedFrom");
		refusedNaming(
				api.put("/api/t/swale/codes/" + code, EDITOR, Codes.editOf(Codes.consultation("Consultation"), 0)), 400,
				"startedFrom");

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void unknownIdsAndVersionsAre404AndMalformedOnesAre400() {
		String code = api.post("/api/t/swale/codes", EDITOR, Codes.consultation("Consultation"))
			.json()
			.path("id")
			.asString();
		int before = rows();

		assertThat(api.get("/api/t/swale/codes/00000000-0000-0000-0000-000000000000", EDITOR).status()).isEqualTo(404);
		assertThat(api
			.put("/api/t/swale/codes/00000000-0000-0000-0000-000000000000", EDITOR,
					Codes.editOf(Codes.consultation("Consultation"), 1))
			.status()).isEqualTo(404);
		refusedNaming(api.get("/api/t/swale/codes/" + code + "/diff?from=1&to=9", EDITOR), 404, "to");
		refusedNaming(api.post("/api/t/swale/codes/not-a-uuid/versions/1/publication", EDITOR, null), 400, "id");
		refusedNaming(api.post("/api/t/swale/codes/" + code + "/versions/one/publication", EDITOR, null), 400,
				"number");
		refusedNaming(api.get("/api/t/swale/codes/" + code + "/diff?from=1", EDITOR), 400, "to");

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void malformedJsonAndWrongTypesAre400NotAServerError() {
		int before = rows();

		Answer malformed = api.post("/api/t/swale/codes", EDITOR, "{\"title\": \"Consultation\", ");
		Answer wrongType = api.post("/api/t/swale/codes", EDITOR, code("vcsUndertakings", "not a list"));

		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.isProblem()).isTrue();
		refusedNaming(wrongType, 400, "vcsUndertakings");
		assertThat(rows()).isEqualTo(before);
	}

}

package org.compacts.compact.consultation;

import java.util.List;
import java.util.Map;

import org.compacts.compact.Api;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kent's demo consultation, as the embedded default's configuration (application.yml)
 * records it at start-up: the questions of the Kent Partners Compact draft, four Kent
 * organisations' responses, closed under Kent's own Consultation code, its results public
 * and worked here by hand; loading the demo again records nothing more.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class DemoConsultationIT {

	static final String TITLE = "Kent Partners Compact, the consultation draft";

	static final String BASE = "/api/t/kent/consultations";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DemoConsultations demo;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(port, jdbc, transactions);
	}

	private JsonNode theDemo() {
		List<JsonNode> found = api.get(BASE, null)
			.json()
			.valueStream()
			.filter(node -> node.path("title").asString().equals(TITLE))
			.toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static JsonNode question(JsonNode results, String startsWith) {
		return results.path("questions")
			.valueStream()
			.filter(node -> node.path("text").asString().startsWith(startsWith))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no question " + startsWith));
	}

	@Test
	void kentsDraftIsItsDemoConsultationClosedWithTheResultsOfFourOrganisations() {
		JsonNode consultation = theDemo();

		assertThat(consultation.path("state").asString()).isEqualTo("CLOSED");
		assertThat(consultation.path("window").path("verdict").asString()).isEqualTo("ALLOWED");
		assertThat(consultation.path("window").path("standardWeeks").asInt()).isEqualTo(12);
		assertThat(consultation.path("window").path("source").asString()).contains("Consultation");
		JsonNode questions = consultation.path("questions");
		assertThat(questions).hasSize(40);
		assertThat(questions.valueStream().map(node -> node.path("type").asString()).distinct())
			.containsExactlyInAnyOrder("FREE_TEXT", "RANKING", "PRIORITY", "SINGLE_CHOICE", "RATING", "YES_NO");
		assertThat(questions.valueStream()
			.filter(node -> node.path("text").asString().endsWith("What do you think of the Aim?"))).hasSize(4);
		assertThat(questions.get(questions.size() - 1).path("text").asString())
			.isEqualTo("Are you prepared to be a Kent Partners Compact Champion within your organisation?");

		JsonNode results = api.get(BASE + "/" + consultation.path("id").asString() + "/results", null).json();
		assertThat(results.path("responses").asInt()).isEqualTo(4);
		assertThat(results.path("bySector").path("VCS").asInt()).isEqualTo(2);
		assertThat(results.path("bySector").path("PUBLIC").asInt()).isEqualTo(2);
		// rankings (0,2,1), (1,0,2), (0,1,2), (2,0,1): 2 points for first place, 1 for
		// second
		assertThat(question(results, "Options for action").path("borda")
			.valueStream()
			.map(node -> node.path("points").asInt())
			.toList()).containsExactly(6, 3, 3);
		assertThat(question(results, "Annual Review").path("counts")
			.valueStream()
			.map(node -> node.path("label").asString() + "=" + node.path("count").asInt())
			.toList()).containsExactly("HIGH=2", "MEDIUM=1", "LOW=1");
		// SMART indicators rated 1, 2, 1, 2 (1 = most preferred)
		JsonNode indicators = question(results, "How could progress be monitored and reviewed? Set SMART");
		assertThat(indicators.path("mean").asDouble()).isEqualTo(1.5);
		assertThat(indicators.path("median").asDouble()).isEqualTo(1.5);
		assertThat(indicators.path("counts").get(0).path("label").asString()).isEqualTo("1 Most preferred");
		assertThat(question(results, "Are you prepared").path("yesShare").asDouble()).isEqualTo(0.75);
		assertThat(question(results, "If you would like a Compact Champion").path("counts")
			.valueStream()
			.map(node -> node.path("count").asInt())
			.toList()).containsExactly(0, 1, 3);
		assertThat(question(results, "Volunteering code: Do you know of any case studies").path("texts")).hasSize(2);
	}

	@Test
	void loadingTheDemoAgainRecordsNothingMore() {
		List<Map<String, Object>> consultations = api.snapshot("consultation", "kent");
		List<Map<String, Object>> responses = api.snapshot("consultation_response", "kent");
		List<Map<String, Object>> organisations = api.snapshot("organisation", "kent");

		demo.load();

		assertThat(api.snapshot("consultation", "kent")).isEqualTo(consultations);
		assertThat(api.snapshot("consultation_response", "kent")).isEqualTo(responses);
		assertThat(api.snapshot("organisation", "kent")).isEqualTo(organisations);
		theDemo();
	}

}

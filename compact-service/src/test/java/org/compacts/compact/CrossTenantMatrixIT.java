package org.compacts.compact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.compacts.compact.Api.Answer;
import org.compacts.contracts.tenant.Adoption;
import org.compacts.testkit.CrossTenantMatrix;
import org.compacts.testkit.CrossTenantMatrix.Caller;
import org.compacts.testkit.CrossTenantMatrix.Result;
import org.compacts.testkit.CrossTenantMatrix.Scope;
import org.compacts.testkit.Database;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TenantSnapshot;
import org.compacts.testkit.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.federation.TenantEventsTopic.county;
import static org.compacts.compact.federation.TenantEventsTopic.district;
import static org.compacts.compact.federation.TenantEventsTopic.publish;
import static org.compacts.testkit.CrossTenantMatrix.Scope.ANY;
import static org.compacts.testkit.CrossTenantMatrix.Scope.COUNTY;
import static org.compacts.testkit.CrossTenantMatrix.Scope.MEMBERS;
import static org.compacts.testkit.CrossTenantMatrix.Scope.PUBLIC;

/**
 * The cross-tenant matrix of compact-service, generated from its OpenAPI document (issue
 * 15): Swale's editor makes one of each resource in Swale (of plans and indicators one
 * per visibility, of principles and codes a draft and a published one with a newer
 * draft), and every operation is then called with those ids by everyone who is not
 * Swale's: the anonymous, a member, an editor and an admin of other compacts, and a
 * member of Kent, the county Swale follows; each with Swale in the path and again with
 * their own compact. Nothing may be changed (every table's Swale rows compared before and
 * after, as the owner), no 5xx, every refusal a problem detail, and nothing read but what
 * {@link #ALLOWED} names, without a members-only (or, but to Kent, a county-only) marker
 * or id in it.
 *
 * <p>
 * <b>A new endpoint</b> fails this test until the matrix can call it: make one in
 * {@link #swale} and add its id ({@code matrix.id("meetings/{id}", ANY, id)}) and its
 * request body ({@code matrix.body("MeetingRequest", body)}); a read that anyone may make
 * goes in {@link #ALLOWED} with its reason.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossTenantMatrixIT {

	static final String VICTIM = "swale";

	static final String EDITOR = "sam.editor";

	static final Set<String> EVERYONE = Set.of();

	static final Set<Scope> PUBLISHED = Set.of(ANY, PUBLIC);

	/**
	 * The reviewed reads of Swale that its outsiders may make (a GET, Swale in the path).
	 * The answers are still searched for members-only markers and ids.
	 */
	record Allow(String path, Set<String> callers, Set<Scope> scopes, String reason) {
	}

	static final String T = "/api/t/\\{tenant\\}";

	static final List<Allow> ALLOWED = List.of(
			new Allow(T + "/(principles|codes)(/\\{id\\}(/versions(/\\{number\\})?|/diff)?)?", EVERYONE, PUBLISHED,
					"published principles and codes are the compact itself, on its public site (drafts are not: "
							+ "the published item's version 2 is a draft, and its marker must not show)"),
			new Allow(T + "/document(/sections(/\\{key\\})?)?", EVERYONE, PUBLISHED,
					"the document's prose is what the public site shows"),
			new Allow(T + "/(glossary|organisations|signatures|champions|contacts)(/\\{id\\})?", EVERYONE, PUBLISHED,
					"the glossary and the registers of signatories, champions and contacts are public pages"),
			new Allow(
					T + "/(plans(/\\{planId\\}(/actions/\\{actionId\\}|/actions\\.csv|/indicators\\.csv)?)?"
							+ "|indicators(/\\{id\\})?)",
					EVERYONE, PUBLISHED, "a PUBLIC plan or indicator is read by anyone (the lists hold only those)"),
			new Allow(
					T + "/(plans(/\\{planId\\}(/actions/\\{actionId\\}|/actions\\.csv|/indicators\\.csv)?)?"
							+ "|indicators(/\\{id\\})?)",
					Set.of("county-member"), Set.of(COUNTY),
					"Kent's members read what Swale shares with the county (the roll-up's drill-down)"),
			new Allow(T + "/meetings(/\\{id\\})?", EVERYONE, PUBLISHED,
					"published minutes are on the public site (the sample's are not published: its marker must not show)"),
			new Allow(T + "/updates(/\\{id\\})?", EVERYONE, PUBLISHED,
					"public updates to champions are on the public site (the sample is not public: its marker must not show)"),
			new Allow(T + "/dispute-summaries", EVERYONE, PUBLISHED,
					"the agreed, anonymised summaries of resolved disputes are published on purpose"),
			new Allow(T + "/(successes(/\\{id\\})?|case-studies)", EVERYONE, PUBLISHED,
					"public case studies are on the public site (the sample is a draft: its marker must not show)"),
			new Allow(T + "/reviews(/\\{year\\})?", EVERYONE, PUBLISHED,
					"published annual reviews are on the public site (the sample is a draft: its marker must not show)"),
			new Allow(T + "/consultations(/\\{id\\})?", EVERYONE, PUBLISHED,
					"an opened consultation is public, for anyone to read and answer (the draft sample's marker must "
							+ "not show; responses are their authors' only)"),
			new Allow(T + "/consultations/\\{id\\}/(results(\\.csv)?|points)", EVERYONE, PUBLISHED,
					"the results of a closed consultation and what the compact did about each point are public (the "
							+ "plan action a point became is not)"),
			new Allow(T + "/quality-marks/\\{id\\}(/assertion)?", EVERYONE, PUBLISHED,
					"an awarded quality mark and its assertion are public, for anyone to verify"),
			new Allow("/api/case-studies", EVERYONE, Set.of(ANY),
					"the public case studies of every compact, searched together (drafts never: the marker must not show)"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	/** In the text of every members-only row made here. */
	final String membersOnly = "members-only-" + run;

	/** In the text of every row shared with the county only. */
	final String countyOnly = "county-only-" + run;

	CrossTenantMatrix matrix;

	/** Swale's samples, made once for both the matrix and the fuzz. */
	@BeforeAll
	void swaleAndItsSamples() {
		api = new Api(port, jdbc, transactions);
		Instant now = Instant.now();
		publish(county("kent", now), district(VICTIM, "kent", Adoption.ADOPTS_PARENT_CORE, now));
		matrix = new CrossTenantMatrix(port, "tenant", VICTIM).caller(Caller.of("anonymous", null, null))
			.caller(Caller.of("other-member", "hana.hounslow", null))
			// passes security for every operation in Canterbury: tries Swale's ids there
			.caller(Caller.of("other-editor", "chris.canterbury", "canterbury"))
			.caller(Caller.of("other-admin", "dee.derbyshire", null))
			.caller(Caller.of("county-member", "kim.admin", null, COUNTY))
			.secret(MEMBERS, membersOnly)
			.secret(COUNTY, countyOnly);
		ALLOWED.forEach(a -> matrix.allow(a.path(), a.callers(), a.scopes(), a.reason()));
		swale(matrix);
	}

	/**
	 * Issue 15's fuzzing from the schemas, at the test command's size: bad requests to
	 * every operation as Swale's own editor, who passes every door, so each reaches the
	 * binding and the rules. {@code -Dcompacts.fuzz.cases=10000} (and another
	 * {@code compacts.fuzz.seed}) runs it at full size.
	 */
	@Test
	@Order(2)
	void badRequestsAreRefusedAsProblemDetailsAndChangeNothing() {
		int cases = Integer.getInteger("compacts.fuzz.cases", 400);
		long seed = Long.getLong("compacts.fuzz.seed", 20261202L);
		Map<String, List<String>> before = snapshot();
		long started = System.nanoTime();
		CrossTenantMatrix.Fuzzed fuzzed = matrix.fuzz("/v3/api-docs", EDITOR, cases, seed);
		long took = (System.nanoTime() - started) / 1_000_000;
		Map<String, List<String>> after = snapshot();

		System.out.printf("fuzz of compact-service: %d bad requests (seed %d) in %d ms, by status %s%n",
				fuzzed.requests(), seed, took, fuzzed.byStatus());
		assertThat(fuzzed.findings()).as("5xx, refusals that are no problem detail, bad writes accepted").isEmpty();
		assertThat(after).as("Swale's rows after the fuzz").isEqualTo(before);
		assertThat(fuzzed.requests()).isEqualTo(cases);
		// the fuzz reached the binding and the rules, not only the door
		assertThat(fuzzed.byStatus()).containsKey(400).doesNotContainKey(401);
	}

	@Test
	@Order(1)
	void noOneOutsideSwaleReadsWhatIsNotTheirsOrChangesAnything() {
		Map<String, List<String>> before = snapshot();
		long started = System.nanoTime();
		Result result = matrix.run("/v3/api-docs");
		long took = (System.nanoTime() - started) / 1_000_000;
		Map<String, List<String>> after = snapshot();

		System.out.printf("cross-tenant matrix of compact-service: %d operations, %d calls in %d ms%n",
				result.operations(), result.calls().size(), took);
		assertThat(result.uncovered()).as("operations the matrix cannot call: give them samples in swale()").isEmpty();
		assertThat(result.findings()).as("leaks, 5xx and refusals that are no problem detail").isEmpty();
		assertThat(after).as("Swale's rows after the matrix").isEqualTo(before);
		assertThat(result.calls()).as("calls made").hasSizeGreaterThan(300);
		// the matrix reaches what it means to: the samples are real and read as they
		// should be
		assertThat(statusOf(result, "GET /api/t/{tenant}/plans/{planId}", "anonymous", PUBLIC)).isEqualTo(200);
		assertThat(statusOf(result, "GET /api/t/{tenant}/plans/{planId}", "county-member", COUNTY)).isEqualTo(200);
		assertThat(statusOf(result, "GET /api/t/{tenant}/plans/{planId}", "other-admin", COUNTY)).isEqualTo(404);
	}

	/**
	 * Issue 15's concurrent writers, for every update in the document: six edits of one
	 * resource from one version at once. Runs last: it changes Swale's samples.
	 */
	@Test
	@Order(3)
	void concurrentEditsFromOneVersionLetExactlyOneWinAndTellTheRest412() {
		// a section of its own: DocumentSectionIT makes Swale's introduction with its
		// first PUT, whichever runs first, and makes no implementation
		Answer section = api.get(path("/document/sections/implementation"), EDITOR);
		if (section.status() == 404) {
			section = api.put(path("/document/sections/implementation"), EDITOR,
					Map.of("title", "Implementation", "body", "How we put it to work."));
			ok(section);
		}
		matrix.raceAt("PUT /api/t/{tenant}/document/sections/{key}", path("/document/sections/implementation"),
				section.etag());
		matrix.notRaced("PUT /api/t/{tenant}/amendment-suggestions/{id}",
				"a suggestion joins Swale's draft review (the matrix's) as it is made, and is then the review's to "
						+ "decide, no longer its author's to change (409); ReviewIT shows a stale version refused 412");
		CrossTenantMatrix.Raced raced = matrix.concurrentEdits("/v3/api-docs", EDITOR, 6);

		System.out.printf("concurrent edits in compact-service: %d updates raced by 6 writers each; not raced: %s%n",
				raced.raced().size(), raced.skipped());
		assertThat(raced.findings()).as("races not won by exactly one, or losers not told 412").isEmpty();
		assertThat(raced.uncovered()).as("updates whose version could not be read").isEmpty();
		assertThat(raced.raced()).as("updates raced").hasSizeGreaterThan(20);
	}

	/**
	 * N concurrent creates of a thing that is unique in its compact: one is made, the
	 * rest are told 409, and one row stands.
	 */
	@Test
	@Order(4)
	void concurrentCreatesOfOneUniqueThingMakeOne() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> creates = new LinkedHashMap<>();
		creates.put("/glossary", Map.of("term", "Raced " + unique, "meaning", "Made once."));
		creates.put("/plans", plan("Raced plan " + unique, "MEMBERS"));
		creates.put("/indicators", indicator("Raced indicator " + unique, "MEMBERS"));
		creates.put("/organisations", Map.of("name", "Raced CVS " + unique, "sector", "VCS"));
		// the year after Swale's latest review
		creates.put("/reviews",
				Map.of("year",
						api.get(path("/reviews"), EDITOR)
							.json()
							.valueStream()
							.mapToInt(review -> review.path("year").asInt())
							.max()
							.orElse(2100) + 1));
		creates.forEach((collection, body) -> {
			List<Answer> answers = raceCreates(collection, body, 6);
			assertThat(answers.stream().map(Answer::status))
				.as("six creates at once of one %s: %s", collection, answers.stream().map(Answer::text).toList())
				.containsOnlyOnce(201)
				.containsOnly(201, 409);
		});
	}

	private List<Answer> raceCreates(String collection, Object body, int writers) {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<Answer>> sent = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				sent.add(pool.submit(() -> {
					start.await();
					return api.post(path(collection), EDITOR, body);
				}));
			}
			start.countDown();
			List<Answer> answers = new ArrayList<>();
			for (Future<Answer> each : sent) {
				answers.add(each.get());
			}
			return answers;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static int statusOf(Result result, String operation, String caller, Scope scope) {
		return result.calls()
			.stream()
			.filter(call -> (call.method() + " " + call.template()).equals(operation)
					&& call.caller().name().equals(caller) && call.scope() == scope && call.victimPath())
			.findFirst()
			.orElseThrow()
			.status();
	}

	/**
	 * One of each resource in Swale, by its editor; each body it is made with is also the
	 * sample of its request schema. ANY: no secret by itself; MEMBERS, COUNTY, PUBLIC:
	 * made with that visibility.
	 */
	private void swale(CrossTenantMatrix matrix) {
		// principles and codes: a draft (members only), and a published one with a newer
		// draft; the sample version is 2, the draft in both
		Map<String, Object> principle = Map.of("title", "Openness " + membersOnly, "text", "We work together.", "mode",
				"ADAPTABLE");
		matrix.body("PrincipleRequest", principle);
		String draft = create("/principles", principle);
		edit("/principles/" + draft,
				Map.of("title", "Openness", "text", "Draft " + membersOnly, "mode", "ADAPTABLE", "startedFrom", 1));
		String published = create("/principles", Map.of("title", "Trust", "text", "Public.", "mode", "ADAPTABLE"));
		ok(api.post(path("/principles/" + published + "/versions/1/publication"), EDITOR, null));
		edit("/principles/" + published,
				Map.of("title", "Trust", "text", "Draft " + membersOnly, "mode", "ADAPTABLE", "startedFrom", 1));
		matrix.id("principles/{id}", MEMBERS, draft).id("principles/{id}", PUBLIC, published);
		matrix.id("{collection}/{id}", MEMBERS, draft).id("{collection}/{id}", PUBLIC, published);
		matrix.id("{tenant}/{collection}", ANY, "principles");

		Map<String, Object> code = Map.of("title", "Funding " + membersOnly, "aim", "Fair funding.", "mode",
				"ADAPTABLE");
		matrix.body("CodeRequest", code);
		String draftCode = create("/codes", code);
		edit("/codes/" + draftCode,
				Map.of("title", "Funding", "aim", "Draft " + membersOnly, "mode", "ADAPTABLE", "startedFrom", 1));
		String publishedCode = create("/codes", Map.of("title", "Volunteering", "aim", "Public.", "mode", "ADAPTABLE"));
		ok(api.post(path("/codes/" + publishedCode + "/versions/1/publication"), EDITOR, null));
		edit("/codes/" + publishedCode,
				Map.of("title", "Volunteering", "aim", "Draft " + membersOnly, "mode", "ADAPTABLE", "startedFrom", 1));
		// codes share the principles' controller: the published one (with its draft) is
		// sample enough
		matrix.id("codes/{id}", PUBLIC, publishedCode);
		matrix.id("versions/{number}", ANY, "2").query("from", "1").query("to", "2");
		matrix.body("OrderRequest", Map.of("ids", List.of(published, draft)));
		matrix.body("ResolutionRequest", Map.of("take", "UPSTREAM"));
		// Swale is not empty: an import is refused whatever the file; who may try is the
		// question
		matrix.rawBody("POST /api/t/{tenant}/import", "application/json", "{}");

		Map<String, Object> section = Map.of("title", "Introduction", "body", "Why we have a compact.");
		matrix.body("SectionRequest", section);
		// not written here: DocumentSectionIT writes Swale's sections first, whichever
		// runs first; there or not, no outsider may write it
		matrix.id("sections/{key}", ANY, "introduction");

		Map<String, Object> entry = Map.of("term", "Compact " + run, "meaning", "An agreement.");
		matrix.body("EntryRequest", entry);
		matrix.id("glossary/{id}", ANY, create("/glossary", entry));

		Map<String, Object> organisation = Map.of("name", "Swale CVS " + run, "sector", "VCS");
		// the organisation's request schema and the contact's share a name in the
		// document
		matrix.body("OrganisationRequest", organisation);
		String organisationId = create("/organisations", organisation);
		matrix.id("organisations/{id}", ANY, organisationId);

		Map<String, Object> signature = Map.of("organisationId", organisationId, "signedOn", "2008-06-01", "principles",
				true, "codes", List.of(), "signedAs", "PARTNERSHIP");
		matrix.body("SignatureRequest", signature);
		matrix.id("signatures/{id}", ANY, create("/signatures", signature));
		matrix.body("WithdrawalRequest", Map.of("withdrawnOn", "2010-01-01", "reason", "merged"));

		Map<String, Object> nomination = Map.of("username", "alex.champion", "organisationId", organisationId,
				"nominatedOn", "2010-01-01");
		matrix.body("Nomination", nomination);
		matrix.id("champions/{id}", ANY, create("/champions", nomination));
		matrix.body("StandingDown", Map.of("stoodDownOn", "2011-01-01"));

		Map<String, Object> contact = Map.of("name", "Jo Bloggs " + run, "email", "jo@example.org");
		matrix.body("ContactRequest", contact);
		matrix.id("contacts/{id}", ANY, create("/contacts", contact));

		// a plan and an action of each visibility, an indicator of each
		matrix.body("PlanInput", plan("Plan", "MEMBERS"));
		matrix.body("ActionInput", Map.of("title", "Train champions", "priority", "HIGH", "ambition", "ACHIEVABLE",
				"itemIds", List.of(published)));
		matrix.body("UpdateInput", Map.of("on", "2024-01-01", "status", "ON_TRACK", "progress", 10, "note", "Begun"));
		matrix.body("IndicatorInput", indicator("Indicator", "MEMBERS"));
		matrix.body("ReadingInput", Map.of("on", "2024-01-01", "value", 10, "note", "measured"));
		matrix.rawBody("POST /api/t/{tenant}/plans/{planId}/actions/import", "text/csv", "title\nImported\n");
		for (Scope scope : List.of(MEMBERS, COUNTY, PUBLIC)) {
			String marker = scope == MEMBERS ? membersOnly : scope == COUNTY ? countyOnly : "public";
			String plan = create("/plans", plan("Plan " + marker, scope.name()));
			String action = create("/plans/" + plan + "/actions", Map.of("title", "Action " + marker, "priority",
					"HIGH", "ambition", "ACHIEVABLE", "itemIds", List.of(published)));
			matrix.id("plans/{planId}", scope, plan).id("actions/{actionId}", scope, action);
			matrix.id("indicators/{id}", scope, create("/indicators", indicator("Indicator " + marker, scope.name())));
		}

		// a training session whose minutes are not published, with a sign-up: its
		// members' only
		Map<String, Object> meeting = Map.of("title", "Steering group " + membersOnly, "heldOn", "2099-03-01", "place",
				"Sittingbourne", "attendees",
				List.of(Map.of("name", "Sam Editor", "initials", "SE", "email", "sam@example.org")), "kind",
				"CHAMPIONS_SESSION", "capacity", 20);
		matrix.body("MeetingInput", meeting);
		String meetingId = create("/meetings", meeting);
		matrix.id("meetings/{id}", MEMBERS, meetingId);
		ok(api.post(path("/meetings/" + meetingId + "/sign-ups"), "alex.champion", null));
		matrix.body("AttendanceInput", Map.of("attended", List.of("alex.champion")));
		matrix.body("ActionArisingInput", Map.of("text", "Write to the council", "owner", "SE", "dueOn", "2024-04-01"));
		matrix.body("ApprovalInput", Map.of("at", meetingId));

		// a dispute: members only, whatever its stage
		Map<String, Object> dispute = Map.of("title", "Late payment " + membersOnly, "summary",
				"Paid in arrears " + membersOnly, "parties",
				List.of(Map.of("name", "Swale Borough Council"), Map.of("name", "Swale CVS")), "raisedOn", "2024-01-10",
				"itemIds", List.of(published));
		matrix.body("RaiseInput", dispute);
		matrix.id("disputes/{id}", MEMBERS, create("/disputes", dispute));
		matrix.body("DetailsInput",
				Map.of("title", "Late payment", "summary", "Paid late " + membersOnly, "parties",
						List.of(Map.of("name", "Swale Borough Council"), Map.of("name", "Swale CVS")), "itemIds",
						List.of(published)));
		matrix.body("MoveInput", Map.of("stage", "INFORMAL_RESOLUTION", "on", "2024-01-20"));
		matrix.body("SummaryInput", Map.of("publicSummary", "Resolved between the parties."));
		matrix.body("DeadlinesInput", Map.of("raised", 10, "informalResolution", 20, "localProcedure", 30, "mediation",
				40, "advocacy", 40, "ombudsman", 60));

		// a success still in draft: its members' only
		Map<String, Object> success = Map.of("title", "Joint training " + membersOnly, "story",
				"We trained together. " + membersOnly, "organisations",
				List.of(Map.of("organisationId", organisationId)));
		matrix.body("SuccessInput", success);
		matrix.id("successes/{id}", MEMBERS, create("/successes", success));

		// the steering group (members only), and a draft annual review of the year after
		// Swale's latest (ReviewIT's are Kent's, in past years), with an amendment
		Map<String, Object> group = Map.of("name", "Steering group " + membersOnly, "meetingsPerYear", 3, "members",
				List.of(Map.of("name", "Jo Chair " + membersOnly, "organisation", "Swale CVS", "role", "chair")));
		matrix.body("GroupInput", group);
		Answer currentGroup = api.get(path("/steering-group"), EDITOR);
		ok(currentGroup.status() == 404 ? api.put(path("/steering-group"), EDITOR, group)
				: api.put(path("/steering-group"), EDITOR, group, currentGroup.etag()));
		int year = api.get(path("/reviews"), EDITOR)
			.json()
			.valueStream()
			.mapToInt(review -> review.path("year").asInt())
			.max()
			.orElse(2100) + 1;
		matrix.body("StartInput", Map.of("year", year + 1));
		Answer review = api.post(path("/reviews"), EDITOR, Map.of("year", year));
		assertThat(review.status()).as(review.text()).isEqualTo(201);
		Map<String, Object> answers = Map.of("answers",
				List.of(Map.of("question", "Who reports?", "answer", "Answered " + membersOnly)));
		matrix.body("ReviewAnswersInput", answers);
		Answer answered = api.put(path("/reviews/" + year + "/answers"), EDITOR, answers, review.etag());
		ok(answered);
		Map<String, Object> amendment = Map.of("suggestion", "Add a code " + membersOnly, "suggestedBy", "Swale CVS",
				"receivedOn", "2024-01-01");
		matrix.body("AmendmentInput", amendment);
		Answer suggested = api.post(path("/reviews/" + year + "/amendments"), EDITOR, amendment, answered.etag());
		ok(suggested);
		// a year is no secret (it is in many a date): the draft's marker is
		matrix.id("reviews/{year}", ANY, Integer.toString(year))
			.id("amendments/{amendmentId}", MEMBERS, suggested.json().path("amendments").get(0).path("id").asString());
		matrix.body("DecisionInput", Map.of("decision", "ACCEPTED", "reason", "Agreed."));
		// a consultation still in draft (its members' only), and an open one with a
		// response that only its author reads
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
		Map<String, Object> consultation = new LinkedHashMap<>();
		consultation.put("title", "Next steps " + membersOnly);
		consultation.put("opensOn", today.toString());
		consultation.put("closesOn", today.plusWeeks(12).toString());
		consultation.put("shortReason", "The budget is set in March.");
		consultation.put("questions", List.of(Map.of("text", "Rate us", "type", "RATING", "scale", 5)));
		matrix.body("ConsultationRequest", consultation);
		String draftConsultation = create("/consultations", consultation);
		consultation.put("title", "Next steps");
		Answer opened = api.post(path("/consultations"), EDITOR, consultation);
		ok(opened);
		ok(api.post(path("/consultations/" + opened.json().path("id").asString() + "/opening"), EDITOR, null,
				opened.etag()));
		String openConsultation = opened.json().path("id").asString();
		Map<String, Object> response = Map.of("organisationId", organisationId, "respondentName", "Sam " + membersOnly,
				"answers", List.of(Map.of("question", 0, "rating", 4)));
		matrix.body("ConsultationResponseRequest", response);
		String responseId = create("/consultations/" + openConsultation + "/responses", response);
		matrix.id("consultations/{id}", MEMBERS, draftConsultation).id("consultations/{id}", PUBLIC, openConsultation);
		matrix.id("responses/{responseId}", ANY, responseId);
		// a closed one, its points answered ("you said, we did", public once closed) and
		// a plan its aspirational points may become actions of (none made yet: the
		// matrix tries)
		Map<String, Object> closing = new LinkedHashMap<>(consultation);
		closing.put("title", "Last year");
		closing.put("questions", List.of(Map.of("text", "Rate us", "type", "RATING", "scale", 5),
				Map.of("text", "Is a forum achievable?", "type", "ACHIEVABILITY")));
		Answer toClose = api.post(path("/consultations"), EDITOR, closing);
		ok(toClose);
		String closedConsultation = toClose.json().path("id").asString();
		Answer closingOpen = api.post(path("/consultations/" + closedConsultation + "/opening"), EDITOR, null,
				toClose.etag());
		ok(closingOpen);
		create("/consultations/" + closedConsultation + "/responses", Map.of("organisationId", organisationId,
				"respondentName", "Sam", "answers", List.of(Map.of("question", 1, "achievability", "ASPIRATIONAL"))));
		ok(api.post(path("/consultations/" + closedConsultation + "/closing"), EDITOR, null, closingOpen.etag()));
		Map<String, Object> reply = Map.of("question", 0, "text", "We meet monthly now.", "itemId", published,
				"itemVersion", 1);
		matrix.body("ConsultationReplyRequest", reply);
		Answer answerMade = api.post(path("/consultations/" + closedConsultation + "/replies"), EDITOR, reply);
		ok(answerMade);
		String replyId = answerMade.json().path("id").asString();
		// an answer's version is in the points' list, not in an ETag of its own to GET
		matrix.raceAt("PUT /api/t/{tenant}/consultations/{id}/replies/{replyId}",
				path("/consultations/" + closedConsultation + "/replies/" + replyId), answerMade.etag());
		matrix.body("ConsultationToPlanRequest",
				Map.of("planId", create("/plans", plan("Work programme " + run, "MEMBERS"))));
		matrix.id("consultations/{id}", PUBLIC, closedConsultation).id("replies/{replyId}", ANY, replyId);
		// a grant between two of its organisations: the funding register is its members'
		// only
		String council = create("/organisations", Map.of("name", "Swale BC " + run, "sector", "PUBLIC"));
		Map<String, Object> grant = new LinkedHashMap<>();
		grant.put("title", "Advice services " + membersOnly);
		grant.put("funderId", council);
		grant.put("recipientId", organisationId);
		grant.put("kind", "GRANT");
		grant.put("amount", "45000.00");
		grant.put("termMonths", 36);
		grant.put("payment", "IN_ADVANCE");
		grant.put("fullCostRecovery", true);
		grant.put("noticeWeeks", 12);
		grant.put("startsOn", "2027-04-01");
		matrix.body("FundingInput", grant);
		matrix.id("funding-records/{id}", MEMBERS, create("/funding-records", grant));

		// self-assessments of a signatory of a code with an undertaking: one in draft
		// (members only) and one awarded, a quality mark anyone may verify
		String markedCode = create("/codes", Map.of("title", "Funding and resources", "aim", "Fair funding.", "mode",
				"ADAPTABLE", "allPartnersCommitments", List.of("Three year funding where appropriate")));
		ok(api.post(path("/codes/" + markedCode + "/versions/1/publication"), EDITOR, null));
		create("/signatures", Map.of("organisationId", council, "signedOn", "2008-06-01", "principles", true, "codes",
				List.of(markedCode), "signedAs", "PARTNERSHIP"));
		matrix.body("BeginInput", Map.of("organisationId", council));
		matrix.id("self-assessments/{id}", MEMBERS, create("/self-assessments", Map.of("organisationId", council)));
		Map<String, Object> replies = Map.of("answers",
				List.of(Map.of("response", "MET", "evidence", "Three-year grants since 2020")));
		matrix.body("AnswersInput", replies);
		matrix.body("AwardInput", Map.of());
		matrix.body("RevocationInput", Map.of("reason", "Paid in arrears"));
		String mark = create("/self-assessments", Map.of("organisationId", council));
		Answer replied = api.put(path("/self-assessments/" + mark + "/answers"), EDITOR, replies,
				api.get(path("/self-assessments/" + mark), EDITOR).etag());
		ok(replied);
		Answer submitted = api.post(path("/self-assessments/" + mark + "/submission"), EDITOR, null, replied.etag());
		ok(submitted);
		ok(api.post(path("/self-assessments/" + mark + "/award"), EDITOR, Map.of(), submitted.etag()));
		matrix.id("quality-marks/{id}", PUBLIC, mark);
		// an update to the champions, not public: its members' only
		Map<String, Object> update = Map.of("audience", "CHAMPIONS", "title", "Refresh " + membersOnly, "body",
				"The draft is out. " + membersOnly, "published", false);
		matrix.body("CompactUpdateInput", update);
		matrix.id("updates/{id}", MEMBERS, create("/updates", update));
		matrix.body("CompactUpdateCorrection", Map.of("title", "Refresh", "body", "Corrected.", "published", true));

		// a suggestion in the standing register of amendments: its members' only
		Map<String, Object> suggestion = Map.of("suggestion", "Meet in the evenings. " + membersOnly, "suggestedBy",
				"Swale CVS");
		matrix.body("AmendmentSuggestionInput", suggestion);
		matrix.id("amendment-suggestions/{id}", MEMBERS, create("/amendment-suggestions", suggestion));

		// one's own e-mail reminders, and a mail's unsubscribe link (forged here)
		matrix.body("ChoiceInput", Map.of("cadence", "WEEKLY"));
		matrix.query("person", "sam@example.org").query("list", "all").query("sig", "forged");
	}

	private static Map<String, Object> plan(String title, String visibility) {
		return Map.of("title", title, "period", "2027-28", "visibility", visibility);
	}

	private static Map<String, Object> indicator(String name, String visibility) {
		Map<String, Object> indicator = new LinkedHashMap<>();
		indicator.put("name", name);
		indicator.put("unit", "%");
		indicator.put("baseline", Map.of("value", 0, "on", "2020-01-01"));
		indicator.put("target", Map.of("value", 100, "on", "2030-01-01"));
		indicator.put("direction", "HIGHER_IS_BETTER");
		indicator.put("tolerance", 5);
		indicator.put("visibility", visibility);
		return indicator;
	}

	private static String path(String relative) {
		return "/api/t/" + VICTIM + relative;
	}

	private String create(String collection, Object body) {
		Answer created = api.post(path(collection), EDITOR, body);
		assertThat(created.status()).as("POST %s: %s", collection, created.text()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private void edit(String item, Object body) {
		ok(api.put(path(item), EDITOR, body));
	}

	private static void ok(Answer answer) {
		assertThat(answer.status()).as(answer.text()).isBetween(200, 201);
	}

	/**
	 * Every row of Swale in every table, read as the owner; and the rows that name no
	 * tenant, whole: who follows whom (Swale's row), the outbox's records (by id: a
	 * refused change records no event, while a record's completion is the outbox's own
	 * business).
	 */
	private Map<String, List<String>> snapshot() {
		Database database = TestServers.postgres().database("compacts");
		Map<String, Boolean> tenantTables = TenantSnapshot.tablesWithColumn(database, "tenant_id");
		return TenantSnapshot.of(database, VICTIM, table -> {
			if (tenantTables.get(table)) {
				return "SELECT * FROM " + table + " WHERE tenant_id = ?";
			}
			return switch (table) {
				case "event_publication" -> "SELECT id FROM event_publication";
				case "federation_member" -> "SELECT * FROM federation_member WHERE slug = ?";
				// the migrations' own record
				case "flyway_schema_history" -> null;
				// db-scheduler's own heartbeats and runs, which go on whatever a caller
				// does
				case "scheduled_tasks" -> null;
				default -> "SELECT * FROM " + table;
			};
		});
	}

}

package org.compacts.compact.consultation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.compacts.compact.federation.Reach;
import org.compacts.compact.signatory.DemoOrganisations;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo consultations of the embedded default (Kent's: the questions of the Kent
 * Partners Compact draft, which was itself a consultation document), recorded through the
 * register as an editor and the respondents would: written, opened under the compact's
 * own window rule, answered by a few of its organisations, then closed, so its results
 * are public. A consultation of the same title in the compact means it is there already:
 * nothing is recorded twice. A real deployment configures none:
 * {@code COMPACTS_DEMO_CONSULTATIONS=} (empty).
 */
@Component
@EnableConfigurationProperties(DemoConsultations.Properties.class)
class DemoConsultations {

	private static final Logger log = LoggerFactory.getLogger(DemoConsultations.class);

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	static final String BY = "demo";

	/**
	 * @param consultations a consultation file by tenant slug
	 */
	@ConfigurationProperties("compacts.demo")
	record Properties(@Nullable Map<String, Resource> consultations) {

		Properties {
			consultations = consultations == null ? Map.of() : Map.copyOf(consultations);
		}

	}

	/** A consultation file: its questions, each with a key its answers name it by. */
	record DemoFile(String title, @Nullable String summary, int weeks, List<DemoQuestion> questions,
			List<DemoResponse> responses) {

		/** Its window of {@code weeks}, closing on the day given. */
		Draft draft(LocalDate closesOn) {
			return new Draft(title, summary, null, null, closesOn.minusWeeks(weeks), closesOn, null, false,
					questions.stream().map(DemoQuestion::toQuestion).toList());
		}

		/** What a response says, each answer at its question's place. */
		ResponseContent content(DemoResponse response) {
			Map<String, Integer> places = new HashMap<>();
			for (int i = 0; i < questions.size(); i++) {
				if (places.putIfAbsent(questions.get(i).key(), i) != null) {
					throw new IllegalStateException("The demo consultation asks " + questions.get(i).key() + " twice");
				}
			}
			List<Answer> answers = new ArrayList<>();
			response.answers().forEach((key, answer) -> {
				Integer place = places.get(key);
				if (place == null) {
					throw new IllegalStateException("The demo consultation asks no question " + key);
				}
				answers.add(answer.toAnswer(place));
			});
			return new ResponseContent(answers, List.of());
		}

	}

	record DemoQuestion(String key, String text, QuestionType type, @Nullable List<String> options,
			@Nullable Integer scale, @Nullable List<String> labels) {

		Question toQuestion() {
			return new Question(text, type, orEmpty(options), scale, orEmpty(labels));
		}

	}

	record DemoResponse(String organisation, String sector, String respondent, Map<String, DemoAnswer> answers) {
	}

	record DemoAnswer(@Nullable Integer rating, @Nullable List<Integer> choices, @Nullable Boolean yes,
			@Nullable Priority priority, @Nullable String text) {

		Answer toAnswer(int question) {
			return new Answer(question, rating, orEmpty(choices), yes, priority, text, null);
		}

	}

	private final Properties properties;

	private final ConsultationRegister register;

	private final DemoOrganisations organisations;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoConsultations(Properties properties, ConsultationRegister register, DemoOrganisations organisations,
			TransactionTemplate transactions, ObjectProvider<Clock> clock) {
		this.properties = properties;
		this.register = register;
		this.organisations = organisations;
		this.transactions = transactions;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * After every runner, so the demo compact's Consultation code is there to rule the
	 * window.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void load() {
		Objects.requireNonNull(properties.consultations()).forEach((tenant, file) -> {
			DemoFile demo = read(file);
			boolean recorded = CurrentTenant.callAs(tenant,
					() -> Boolean.TRUE.equals(transactions.execute(status -> loadInto(demo))));
			if (recorded) {
				log.info("Recorded the demo consultation of {} from {}, with {} responses", tenant, file.getFilename(),
						demo.responses().size());
			}
		});
	}

	private boolean loadInto(DemoFile demo) {
		boolean there = register.all(Reach.MEMBER)
			.stream()
			.anyMatch(shown -> shown.consultation().draft().title().equals(demo.title().strip()));
		if (there) {
			return false;
		}
		// it has run its full window, and closes with its last responses in
		LocalDate closesOn = LocalDate.now(clock.withZone(ENGLAND)).plusDays(1);
		ConsultationRegister.Shown shown = register.create(demo.draft(closesOn), BY);
		shown = register.open(shown.consultation().id(), ExpectedVersion.of(shown.consultation().version()));
		UUID id = shown.consultation().id();
		for (DemoResponse response : demo.responses()) {
			register.respond(id, organisations.named(response.organisation(), response.sector()), response.respondent(),
					demo.content(response), BY);
		}
		register.close(id, ExpectedVersion.of(shown.consultation().version()));
		return true;
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return list == null ? List.of() : list;
	}

	static DemoFile read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return YAMLMapper.builder().build().readValue(in, DemoFile.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo consultation " + file, ex);
		}
	}

}

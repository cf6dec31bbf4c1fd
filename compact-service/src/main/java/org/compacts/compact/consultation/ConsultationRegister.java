package org.compacts.compact.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.compacts.compact.federation.Reach;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.ItemLinks;
import org.compacts.compact.item.SharedItems;
import org.compacts.compact.signatory.OrganisationNames;
import org.compacts.compact.versioning.ItemStatus;
import org.compacts.compact.versioning.ItemVersion;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's consultations and their responses, each change in one transaction
 * under the consultation's row lock (a response included, so one organisation's two
 * responses cannot both be first).
 */
@Service
@Transactional
class ConsultationRegister {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	/** The sectors the figures count, in the order they are shown. */
	static final List<String> SECTORS = List.of("PUBLIC", "VCS", "PRIVATE", Results.INDIVIDUAL);

	private final Consultations consultations;

	private final ConsultationResponses responses;

	private final WindowRules rules;

	private final SharedItems items;

	private final ItemLinks links;

	private final OrganisationNames organisations;

	private final Clock clock;

	ConsultationRegister(Consultations consultations, ConsultationResponses responses, WindowRules rules,
			SharedItems items, ItemLinks links, OrganisationNames organisations, ObjectProvider<Clock> clock) {
		this.consultations = consultations;
		this.responses = responses;
		this.rules = rules;
		this.items = items;
		this.links = links;
		this.organisations = organisations;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * A consultation as read inside the transaction.
	 *
	 * @param rule the rule it was judged by, or for a draft the one in force now
	 * @param judgement what that rule says of its window
	 * @param item the draft consulted on, if any
	 */
	record Shown(Consultation consultation, WindowRule rule, WindowRule.Judgement judgement,
			ItemLinks.@Nullable Link item, boolean closed, long responses) {
	}

	/** A response with the name of its organisation. */
	record ShownResponse(ConsultationResponse response, @Nullable String organisation) {
	}

	/** Newest first: every one for members, the opened ones for anyone else. */
	@Transactional(readOnly = true)
	List<Shown> all(Reach reach) {
		return consultations.newestFirst()
			.stream()
			.filter(consultation -> reach == Reach.MEMBER || consultation.isPublic())
			.map(this::shown)
			.toList();
	}

	/** Not found for a non-member while it is a draft. */
	@Transactional(readOnly = true)
	Shown one(UUID id, Reach reach) {
		return shown(visible(id, reach));
	}

	Shown create(Draft draft, String by) {
		Consultation consultation = new Consultation(draft, kindOf(draft), by, now());
		return shown(consultations.saveAndFlush(consultation));
	}

	Shown revise(UUID id, ExpectedVersion expected, Draft draft) {
		return change(id, expected, consultation -> consultation.revise(draft, kindOf(draft)));
	}

	/**
	 * Judged by the rule in force today: a new version of the code rules what opens after
	 * it.
	 */
	Shown open(UUID id, ExpectedVersion expected) {
		return change(id, expected, consultation -> consultation.open(rules.inForce(), today(), now()));
	}

	Shown close(UUID id, ExpectedVersion expected) {
		return change(id, expected, consultation -> consultation.close(now()));
	}

	/**
	 * The first response of an organisation (or of a person for themselves).
	 * @param organisationId null for a person responding for themselves
	 */
	ShownResponse respond(UUID id, @Nullable UUID organisationId, String respondentName, ResponseContent content,
			String by) {
		Consultation consultation = consultations.lockById(id).orElseThrow(ConsultationRegister::notFound);
		requireTakingResponses(consultation);
		content.requireSensible(consultation.questions(), consultation.takesComments());
		String sector;
		if (organisationId == null) {
			if (!consultation.allowsIndividuals()) {
				throw Refusal.invalid("This consultation takes responses from organisations only.", "organisationId",
						"must name the organisation responded for");
			}
			if (responses.existsByConsultationIdAndOrganisationIdIsNullAndRespondedBy(id, by)) {
				throw Refusal.conflict("You have responded for yourself already: change that response.",
						"organisationId", "you have responded already");
			}
			sector = Results.INDIVIDUAL;
		}
		else {
			sector = organisations.sectorOf(organisationId)
				.orElseThrow(() -> Refusal.invalid("The response cannot be saved as written.", "organisationId",
						"is not an organisation of this compact"));
			if (responses.existsByConsultationIdAndOrganisationId(id, organisationId)) {
				throw Refusal.conflict("The organisation has responded already: one response per organisation.",
						"organisationId", "has responded already");
			}
		}
		ConsultationResponse response = responses
			.saveAndFlush(new ConsultationResponse(id, organisationId, sector, respondentName, content, by, now()));
		return shown(response);
	}

	/** Only its author changes it, and only while the consultation takes responses. */
	ShownResponse revise(UUID id, UUID responseId, ExpectedVersion expected, String respondentName,
			ResponseContent content, String by) {
		Consultation consultation = consultations.lockById(id).orElseThrow(ConsultationRegister::notFound);
		ConsultationResponse response = ownResponse(id, responseId, by);
		expected.require(response.version());
		requireTakingResponses(consultation);
		content.requireSensible(consultation.questions(), consultation.takesComments());
		response.revise(respondentName, content, now());
		responses.flush();
		return shown(response);
	}

	/** The reader's own responses: never anyone else's, before the close or after. */
	@Transactional(readOnly = true)
	List<ShownResponse> mine(UUID id, Reach reach, String by) {
		visible(id, reach);
		return responses.findByConsultationIdAndRespondedByOrderByCreatedAtAsc(id, by)
			.stream()
			.map(this::shown)
			.toList();
	}

	@Transactional(readOnly = true)
	ShownResponse myOne(UUID id, UUID responseId, String by) {
		return shown(ownResponse(id, responseId, by));
	}

	/** The figures, once it is closed; before that there are none, for anyone. */
	@Transactional(readOnly = true)
	Results results(UUID id, Reach reach) {
		Consultation consultation = visible(id, reach);
		if (!consultation.isClosed(today())) {
			throw Refusal.notFound("The results are published once the consultation closes.");
		}
		List<Results.Counted> counted = responses.findByConsultationIdOrderByCreatedAtAscIdAsc(id)
			.stream()
			.map(response -> new Results.Counted(response.sector(), response.content()))
			.toList();
		return Results.of(consultation.questions(), counted, SECTORS);
	}

	private ConsultationResponse ownResponse(UUID id, UUID responseId, String by) {
		return responses.findByIdAndConsultationId(responseId, id)
			.filter(response -> response.respondedBy().equals(by))
			.orElseThrow(() -> Refusal.notFound("No such response of yours to this consultation."));
	}

	private void requireTakingResponses(Consultation consultation) {
		if (!consultation.takesResponses(today())) {
			throw Refusal
				.conflict(consultation.isClosed(today()) ? "The consultation has closed: its responses are final."
						: "The consultation is not open for responses.", "state", "does not take responses");
		}
	}

	private Consultation visible(UUID id, Reach reach) {
		return consultations.findById(id)
			.filter(consultation -> reach == Reach.MEMBER || consultation.isPublic())
			.orElseThrow(ConsultationRegister::notFound);
	}

	private Shown change(UUID id, ExpectedVersion expected, Consumer<Consultation> change) {
		Consultation consultation = consultations.lockById(id).orElseThrow(ConsultationRegister::notFound);
		expected.require(consultation.version());
		change.accept(consultation);
		consultations.flush();
		return shown(consultation);
	}

	/**
	 * The kind of the draft consulted on, refusing an item this compact does not have or
	 * a version of it not in consultation.
	 */
	private @Nullable ItemKind kindOf(Draft draft) {
		UUID itemId = draft.itemId();
		if (itemId == null || draft.itemVersion() == null) {
			return null;
		}
		int number = draft.itemVersion();
		for (ItemKind kind : ItemKind.values()) {
			Optional<SharedItems.Item> item = items.find(kind, itemId);
			if (item.isPresent()) {
				boolean inConsultation = item.get()
					.history()
					.version(number)
					.map(ItemVersion::status)
					.filter(status -> status == ItemStatus.CONSULTATION)
					.isPresent();
				if (!inConsultation) {
					throw Refusal.invalid("The consultation cannot be saved as written.", "itemVersion",
							"must be a version of the draft that is in consultation");
				}
				return kind;
			}
		}
		throw Refusal.invalid("The consultation cannot be saved as written.", "itemId",
				"is not a principle or code of this compact");
	}

	private Shown shown(Consultation consultation) {
		WindowRule opened = consultation.rule();
		WindowRule rule = opened != null ? opened : rules.inForce();
		Draft draft = consultation.draft();
		WindowRule.Judgement judgement = rule.judge(draft.opensOn(), draft.closesOn(), draft.shortReason());
		ItemLinks.Link item = draft.itemId() == null ? null
				: links.of(List.of(draft.itemId())).stream().findFirst().orElse(null);
		return new Shown(consultation, rule, judgement, item, consultation.isClosed(today()),
				responses.countByConsultationId(consultation.id()));
	}

	private ShownResponse shown(ConsultationResponse response) {
		UUID organisationId = response.organisationId();
		return new ShownResponse(response,
				organisationId == null ? null : organisations.of(organisationId).orElse(null));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ENGLAND));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static Refusal notFound() {
		return Refusal.notFound("No such consultation in this compact.");
	}

}

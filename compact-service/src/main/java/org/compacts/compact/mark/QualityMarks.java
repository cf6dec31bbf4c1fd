package org.compacts.compact.mark;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.compacts.compact.item.ContentJson;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.SharedItems;
import org.compacts.compact.signatory.OrganisationNames;
import org.compacts.compact.signatory.SignedCodes;
import org.compacts.compact.versioning.CodeOfPracticeContent;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's self-assessments and quality marks, each change in one transaction
 * under the assessment's row lock: it finds what a rule needs (what the organisation
 * signed, the codes in force) and lets the {@link SelfAssessment} decide.
 */
@Service
@Transactional
class QualityMarks {

	/** A mark lasts a year unless the reviewers say otherwise. */
	static final int YEAR_IN_MONTHS = 12;

	private final SelfAssessments assessments;

	private final SignedCodes signed;

	private final OrganisationNames organisations;

	private final SharedItems items;

	private final ContentJson json;

	private final Clock clock;

	QualityMarks(SelfAssessments assessments, SignedCodes signed, OrganisationNames organisations, SharedItems items,
			ContentJson json, ObjectProvider<Clock> clock) {
		this.assessments = assessments;
		this.signed = signed;
		this.organisations = organisations;
		this.items = items;
		this.json = json;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * An assessment as read inside the transaction, with its organisation's name and its
	 * answers read (a lazy collection).
	 */
	record Shown(SelfAssessment assessment, String organisation, LocalDate today, List<Answer> answers) {
	}

	@Transactional(readOnly = true)
	List<Shown> all() {
		return shown(assessments.newestFirst());
	}

	@Transactional(readOnly = true)
	Shown one(UUID id) {
		return shown(List.of(assessments.findById(id).orElseThrow(QualityMarks::notFound))).get(0);
	}

	/**
	 * A mark as anyone reads it: awarded or revoked; an assessment never awarded is not
	 * found.
	 */
	@Transactional(readOnly = true)
	Shown mark(UUID id) {
		return assessments.findById(id)
			.filter(assessment -> assessment.state() == State.AWARDED || assessment.state() == State.REVOKED)
			.map(assessment -> shown(List.of(assessment)).get(0))
			.orElseThrow(() -> Refusal.notFound("No such quality mark in this compact."));
	}

	/**
	 * Begins one, its questions drawn from the codes the organisation signed, as in force
	 * now.
	 */
	Shown begin(UUID organisationId, String by) {
		SignedCodes.Signatory signatory = signed.of(organisationId)
			.orElseThrow(() -> Refusal.invalid("A self-assessment is an organisation's of this compact.",
					"organisationId", "is not an organisation of this compact"));
		List<Undertakings.SignedCode> codes = new ArrayList<>();
		for (UUID codeId : signatory.codes()) {
			// a code signed but not in force (retired, never published) asks nothing now
			items.shown(ItemKind.CODE, codeId, false)
				.ifPresent(code -> codes.add(new Undertakings.SignedCode(codeId, code.version(),
						(CodeOfPracticeContent) json.read(code.content(), ItemKind.CODE))));
		}
		SelfAssessment assessment = new SelfAssessment(organisationId,
				Undertakings.drawnFrom(signatory.sector(), codes), by, now());
		return shown(List.of(assessments.saveAndFlush(assessment))).get(0);
	}

	Shown answer(UUID id, ExpectedVersion expected, List<SelfAssessment.Reply> replies) {
		return change(id, expected, assessment -> assessment.answer(replies));
	}

	Shown submit(UUID id, ExpectedVersion expected) {
		return change(id, expected, assessment -> assessment.submit(now()));
	}

	Shown sendBack(UUID id, ExpectedVersion expected) {
		return change(id, expected, SelfAssessment::sendBack);
	}

	/**
	 * Awarded today unless another day is named, for a year unless an expiry is named.
	 */
	Shown award(UUID id, ExpectedVersion expected, @Nullable LocalDate on, @Nullable LocalDate expires, String by) {
		LocalDate awarded = on == null ? today() : on;
		LocalDate expiry = expires == null ? awarded.plusMonths(YEAR_IN_MONTHS) : expires;
		return change(id, expected, assessment -> assessment.award(awarded, expiry, by));
	}

	Shown revoke(UUID id, ExpectedVersion expected, @Nullable LocalDate on, String reason, String by) {
		LocalDate revoked = on == null ? today() : on;
		return change(id, expected, assessment -> assessment.revoke(revoked, reason, by));
	}

	private Shown change(UUID id, ExpectedVersion expected, Consumer<SelfAssessment> change) {
		SelfAssessment assessment = assessments.lockById(id).orElseThrow(QualityMarks::notFound);
		expected.require(assessment.version());
		change.accept(assessment);
		assessments.flush();
		return shown(List.of(assessment)).get(0);
	}

	private List<Shown> shown(List<SelfAssessment> found) {
		List<UUID> ids = found.stream().map(SelfAssessment::organisationId).distinct().toList();
		Map<UUID, String> names = ids.isEmpty() ? Map.of() : organisations.of(ids);
		LocalDate today = today();
		return found.stream()
			.map(assessment -> new Shown(assessment, names.getOrDefault(assessment.organisationId(), ""), today,
					assessment.answers()))
			.toList();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static Refusal notFound() {
		return Refusal.notFound("No such self-assessment in this compact.");
	}

}

package org.compacts.compact.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.compacts.compact.federation.Reach;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.ItemLinks;
import org.compacts.compact.item.SharedItems;
import org.compacts.compact.plan.ActionsFromConsultations;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows a consultation's close, in the current tenant: the compact's answer to
 * each point ("you said, we did") and the plan actions its aspirational points become.
 * Each change takes the consultation's row lock, so two editors making actions at once
 * make each point's action once.
 */
@Service
@Transactional
class YouSaidWeDidRegister {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final Consultations consultations;

	private final ConsultationResponses responses;

	private final ConsultationReplies replies;

	private final ConsultationPointActions pointActions;

	private final SharedItems items;

	private final ItemLinks links;

	private final ActionsFromConsultations plan;

	private final Clock clock;

	YouSaidWeDidRegister(Consultations consultations, ConsultationResponses responses, ConsultationReplies replies,
			ConsultationPointActions pointActions, SharedItems items, ItemLinks links, ActionsFromConsultations plan,
			ObjectProvider<Clock> clock) {
		this.consultations = consultations;
		this.responses = responses;
		this.replies = replies;
		this.pointActions = pointActions;
		this.items = items;
		this.links = links;
		this.plan = plan;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** A reply with the item version it links to, as read in the transaction. */
	record ShownReply(ConsultationReply reply, ItemLinks.@Nullable Link item) {
	}

	/**
	 * A point with its answer and the action it became, if any.
	 */
	record ShownPoint(Points.Tallied tallied, @Nullable ShownReply reply,
			ActionsFromConsultations.@Nullable Made action) {
	}

	/** The points of a closed consultation: not found before the close, for anyone. */
	@Transactional(readOnly = true)
	List<ShownPoint> points(UUID id, Reach reach) {
		Consultation consultation = closed(visible(id, reach));
		Map<Point, ShownReply> answered = shownReplies(id).stream()
			.collect(Collectors.toMap(shown -> shown.reply().point(), Function.identity()));
		Map<Point, ActionsFromConsultations.Made> made = pointActions.findByConsultationId(id)
			.stream()
			.collect(Collectors.toMap(ConsultationPointAction::point,
					action -> new ActionsFromConsultations.Made(action.planId(), action.actionId())));
		return tallied(consultation).stream()
			.map(point -> new ShownPoint(point, answered.get(point.point()), made.get(point.point())))
			.toList();
	}

	/** The answers of a closed consultation, in the order of its points. */
	@Transactional(readOnly = true)
	List<ShownReply> replies(UUID id, Reach reach) {
		closed(visible(id, reach));
		return points(id, reach).stream().map(ShownPoint::reply).filter(reply -> reply != null).toList();
	}

	/** The first answer to a point; a second is refused (change the first). */
	ShownReply answer(UUID id, Point point, String text, @Nullable UUID itemId, @Nullable Integer itemVersion,
			String by) {
		Consultation consultation = lockedToAnswer(id);
		requirePointOf(consultation, point);
		requireItemVersion(itemId, itemVersion);
		boolean answered = replies.findByConsultationId(id).stream().anyMatch(reply -> reply.point().equals(point));
		if (answered) {
			throw Refusal.conflict("This point is answered already: change that answer.",
					point.question() != null ? "question" : "anchor", "is answered already");
		}
		ConsultationReply reply = replies
			.saveAndFlush(new ConsultationReply(id, point, text, itemId, itemVersion, by, now()));
		return shown(reply);
	}

	ShownReply revise(UUID id, UUID replyId, ExpectedVersion expected, String text, @Nullable UUID itemId,
			@Nullable Integer itemVersion, String by) {
		lockedToAnswer(id);
		ConsultationReply reply = replies.findByIdAndConsultationId(replyId, id)
			.orElseThrow(() -> Refusal.notFound("No such answer to this consultation."));
		expected.require(reply.version());
		requireItemVersion(itemId, itemVersion);
		reply.revise(text, itemId, itemVersion, by, now());
		replies.flush();
		return shown(reply);
	}

	/**
	 * One aspirational action of the plan per aspirational point not yet made into one:
	 * the second time, none.
	 * @return the points that became actions now
	 */
	List<ShownPoint> toPlan(UUID id, UUID planId, String by) {
		Consultation consultation = lockedToAnswer(id);
		if (!plan.hasPlan(planId)) {
			throw Refusal.invalid("Actions are added to a plan of this compact.", "planId",
					"is not a plan of this compact");
		}
		List<Point> done = pointActions.findByConsultationId(id).stream().map(ConsultationPointAction::point).toList();
		String title = consultation.draft().title();
		List<ShownPoint> made = new ArrayList<>();
		for (Points.Tallied point : tallied(consultation)) {
			if (!point.isAspirational() || done.contains(point.point())) {
				continue;
			}
			ActionsFromConsultations.Made action = plan.add(planId, id, point.point().label(),
					shorten(point.text(), 200),
					"Tagged aspirational by " + point.aspirational() + " of the respondents to the consultation \""
							+ title + "\" (" + point.point().label() + ").",
					by);
			pointActions.saveAndFlush(
					new ConsultationPointAction(id, point.point(), action.planId(), action.actionId(), by, now()));
			made.add(new ShownPoint(point, null, action));
		}
		return made;
	}

	private List<Points.Tallied> tallied(Consultation consultation) {
		List<ResponseContent> contents = responses.findByConsultationIdOrderByCreatedAtAscIdAsc(consultation.id())
			.stream()
			.map(ConsultationResponse::content)
			.toList();
		return Points.of(consultation.questions(), contents);
	}

	private List<ShownReply> shownReplies(UUID id) {
		return replies.findByConsultationId(id).stream().map(this::shown).toList();
	}

	private ShownReply shown(ConsultationReply reply) {
		UUID itemId = reply.itemId();
		ItemLinks.Link item = itemId == null ? null : links.of(List.of(itemId)).stream().findFirst().orElse(null);
		return new ShownReply(reply, item);
	}

	private void requirePointOf(Consultation consultation, Point point) {
		if (!point.isSensible()) {
			throw Refusal.invalid("An answer is to one point.",
					List.of(new InvalidField("question", "or anchor names the point answered, one of them"),
							new InvalidField("anchor", "or question names the point answered, one of them")));
		}
		boolean known = tallied(consultation).stream().anyMatch(tallied -> tallied.point().equals(point));
		if (!known) {
			throw point.question() != null
					? Refusal.invalid("An answer is to a point of this consultation.", "question",
							"is not a question of this consultation")
					: Refusal.invalid("An answer is to a point of this consultation.", "anchor",
							"is not a field commented on in this consultation");
		}
	}

	/** The version must be one of a principle or code of this compact. */
	private void requireItemVersion(@Nullable UUID itemId, @Nullable Integer itemVersion) {
		if ((itemId == null) != (itemVersion == null)) {
			throw Refusal.invalid("A changed version is named by its item and its number.",
					itemId == null ? "itemId" : "itemVersion",
					"is needed with " + (itemId == null ? "itemVersion" : "itemId"));
		}
		if (itemId == null || itemVersion == null) {
			return;
		}
		for (ItemKind kind : ItemKind.values()) {
			Optional<SharedItems.Item> item = items.find(kind, itemId);
			if (item.isPresent()) {
				if (item.get().history().version(itemVersion).isEmpty()) {
					throw Refusal.invalid("The answer cannot be saved as written.", "itemVersion",
							"is not a version of that principle or code");
				}
				return;
			}
		}
		throw Refusal.invalid("The answer cannot be saved as written.", "itemId",
				"is not a principle or code of this compact");
	}

	private Consultation lockedToAnswer(UUID id) {
		Consultation consultation = consultations.lockById(id)
			.orElseThrow(() -> Refusal.notFound("No such consultation in this compact."));
		if (!consultation.isClosed(today())) {
			throw Refusal.conflict(
					"A consultation's points are answered, and made into actions, once it has closed; this one is "
							+ consultation.state().name().toLowerCase() + ".",
					"state", "has not closed");
		}
		return consultation;
	}

	private Consultation visible(UUID id, Reach reach) {
		return consultations.findById(id)
			.filter(consultation -> reach == Reach.MEMBER || consultation.isPublic())
			.orElseThrow(() -> Refusal.notFound("No such consultation in this compact."));
	}

	private Consultation closed(Consultation consultation) {
		if (!consultation.isClosed(today())) {
			throw Refusal.notFound("What the compact did about each point is published once the consultation closes.");
		}
		return consultation;
	}

	private static String shorten(String text, int most) {
		return text.length() <= most ? text : text.substring(0, most - 1) + "…";
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ENGLAND));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}

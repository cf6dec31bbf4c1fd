package org.compacts.compact.success;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.compacts.compact.federation.Reach;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.ItemLinks;
import org.compacts.compact.signatory.OrganisationNames;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's successes, each change in one transaction under the success's row
 * lock: it finds what a rule needs (the compact's items and organisations) and lets the
 * {@link Success} decide.
 */
@Service
@Transactional
class SuccessRegister {

	private final Successes successes;

	private final ItemLinks itemLinks;

	private final OrganisationNames organisations;

	private final Clock clock;

	SuccessRegister(Successes successes, ItemLinks itemLinks, OrganisationNames organisations,
			ObjectProvider<Clock> clock) {
		this.successes = successes;
		this.itemLinks = itemLinks;
		this.organisations = organisations;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * An organisation as a success names it: from the register (with its id) or named.
	 */
	record Organisation(@Nullable UUID organisationId, String name) {
	}

	/** A success as read inside the transaction, its links and organisations named. */
	record Shown(UUID id, Story story, List<Organisation> organisations, List<ItemLinks.Link> links, State state,
			String createdBy, Instant createdAt, @Nullable String approvedBy, @Nullable Instant approvedAt,
			@Nullable Instant publicSince, long version) {
	}

	/** Newest first: the whole log for members, the public ones for anyone else. */
	@Transactional(readOnly = true)
	List<Shown> all(Reach reach) {
		List<Success> found = reach == Reach.MEMBER ? successes.newestFirst() : successes.publicNewestFirst();
		return shown(found);
	}

	/**
	 * Not found for a reader who may not see it: a draft or approved one to a non-member.
	 */
	@Transactional(readOnly = true)
	Shown one(UUID id, Reach reach) {
		return successes.findById(id)
			.filter(success -> reach == Reach.MEMBER || success.isPublic())
			.map(success -> shown(List.of(success)).get(0))
			.orElseThrow(SuccessRegister::notFound);
	}

	/**
	 * The compact's case studies, newest public first, whoever reads: those showing the
	 * item when one is named.
	 */
	@Transactional(readOnly = true)
	List<Shown> caseStudies(@Nullable UUID itemId) {
		return shown(successes.publicNewestFirst()
			.stream()
			.filter(success -> itemId == null || success.shows(itemId))
			.toList());
	}

	Shown record(Story story, String by) {
		Success success = new Success(story, knownItems(story), knownOrganisations(story), by, clock.instant());
		return shown(List.of(successes.saveAndFlush(success))).get(0);
	}

	Shown revise(UUID id, ExpectedVersion expected, Story story) {
		return change(id, expected, success -> success.revise(story, knownItems(story), knownOrganisations(story)));
	}

	Shown approve(UUID id, ExpectedVersion expected, String by) {
		return change(id, expected, success -> success.approve(by, clock.instant()));
	}

	Shown makePublic(UUID id, ExpectedVersion expected) {
		return change(id, expected, success -> success.makePublic(clock.instant()));
	}

	Shown withdraw(UUID id, ExpectedVersion expected) {
		return change(id, expected, Success::withdraw);
	}

	private Shown change(UUID id, ExpectedVersion expected, java.util.function.Consumer<Success> change) {
		Success success = successes.lockById(id).orElseThrow(SuccessRegister::notFound);
		expected.require(success.version());
		change.accept(success);
		successes.flush();
		return shown(List.of(success)).get(0);
	}

	private Map<UUID, ItemKind> knownItems(Story story) {
		return itemLinks.of(story.itemIds())
			.stream()
			.collect(Collectors.toMap(ItemLinks.Link::itemId, ItemLinks.Link::kind));
	}

	private Set<UUID> knownOrganisations(Story story) {
		List<UUID> ids = story.organisations().stream().map(Party::organisationId).filter(Objects::nonNull).toList();
		return ids.isEmpty() ? Set.of() : organisations.of(ids).keySet();
	}

	private List<Shown> shown(List<Success> found) {
		Map<UUID, ItemLinks.Link> links = itemLinks
			.of(found.stream().flatMap(success -> success.story().itemIds().stream()).distinct().toList())
			.stream()
			.collect(Collectors.toMap(ItemLinks.Link::itemId, Function.identity()));
		Collection<UUID> organisationIds = found.stream()
			.flatMap(success -> success.story().organisations().stream())
			.map(Party::organisationId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Map<UUID, String> names = organisationIds.isEmpty() ? Map.of() : organisations.of(organisationIds);
		return found.stream().map(success -> {
			Story story = success.story();
			List<Organisation> parties = story.organisations()
				.stream()
				.map(party -> new Organisation(party.organisationId(),
						party.organisationId() == null ? Objects.requireNonNull(party.name())
								: names.getOrDefault(party.organisationId(), "")))
				.toList();
			List<ItemLinks.Link> linked = story.itemIds().stream().filter(links::containsKey).map(links::get).toList();
			return new Shown(success.id(), story, parties, linked, success.state(), success.createdBy(),
					success.createdAt(), success.approvedBy(), success.approvedAt(), success.publicSince(),
					success.version());
		}).toList();
	}

	private static Refusal notFound() {
		return Refusal.notFound("No such success in this compact.");
	}

}

package org.compacts.compact.versioning;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.compacts.compact.versioning.ItemStatus.CONSULTATION;
import static org.compacts.compact.versioning.ItemStatus.DRAFT;
import static org.compacts.compact.versioning.ItemStatus.PUBLISHED;
import static org.compacts.compact.versioning.ItemStatus.RETIRED;
import static org.compacts.compact.versioning.ItemStatus.SUPERSEDED;
import static org.compacts.compact.versioning.ItemStatus.WITHDRAWN;
import static org.compacts.compact.versioning.KentCodes.ALICE;
import static org.compacts.compact.versioning.KentCodes.BOB;
import static org.compacts.compact.versioning.KentCodes.CAROL;
import static org.compacts.compact.versioning.KentCodes.consultation;
import static org.compacts.compact.versioning.KentCodes.openness;
import static org.compacts.compact.versioning.KentCodes.withAim;

class ItemHistoryTest {

	@Test
	void aNewItemStartsAsADraftByItsAuthor() {
		// when
		ItemHistory history = ItemHistory.start(consultation(), Mode.CORE, ALICE);

		// then
		ItemVersion first = history.latest();
		assertThat(first.number()).isEqualTo(1);
		assertThat(first.status()).isEqualTo(DRAFT);
		assertThat(first.author()).isEqualTo("alice");
		assertThat(first.createdAt()).isEqualTo(ALICE.at());
		assertThat(history.working()).contains(first);
		assertThat(history.currentPublished()).isEmpty();
	}

	@Test
	void aDraftGoesToConsultationAndIsThenPublished() {
		// given
		ItemHistory history = ItemHistory.start(consultation(), Mode.CORE, ALICE);

		// when
		ItemHistory consulted = applied(history.sendToConsultation(1, BOB));
		ItemHistory published = applied(consulted.publish(1, CAROL));

		// then
		assertThat(consulted.latest().status()).isEqualTo(CONSULTATION);
		assertThat(published.currentPublished()).map(ItemVersion::number).contains(1);
		assertThat(published.working()).isEmpty();
		assertThat(published.latest().statusChanges()).containsExactly(new StatusChange(DRAFT, ALICE),
				new StatusChange(CONSULTATION, BOB), new StatusChange(PUBLISHED, CAROL));
	}

	@Test
	void aDraftMayBePublishedWithoutAConsultation() {
		// given
		ItemHistory history = ItemHistory.start(openness(), Mode.CORE, ALICE);

		// when
		Outcome outcome = history.publish(1, BOB);

		// then
		assertThat(applied(outcome).currentPublished()).map(ItemVersion::status).contains(PUBLISHED);
	}

	@Test
	void publishingANewVersionSupersedesThePreviouslyPublishedOne() {
		// given v1 published and v2 drafted from it
		ItemHistory history = publishedThenEdited();

		// when
		Outcome outcome = history.publish(2, CAROL);

		// then
		ItemHistory after = applied(outcome);
		assertThat(after.version(1)).map(ItemVersion::status).contains(SUPERSEDED);
		assertThat(after.currentPublished()).map(ItemVersion::number).contains(2);
		assertThat(((Outcome.Applied) outcome).changed()).extracting(ItemVersion::number, ItemVersion::status)
			.containsExactly(tuple(1, SUPERSEDED), tuple(2, PUBLISHED));
	}

	@Test
	void thePublishedVersionStaysInForceWhileTheNextIsDrafted() {
		// when
		ItemHistory history = publishedThenEdited();

		// then
		assertThat(history.currentPublished()).map(ItemVersion::number).contains(1);
		assertThat(history.working()).map(ItemVersion::number).contains(2);
	}

	@Test
	void editingTheWorkingVersionReplacesItSoOnlyOneVersionIsWorking() {
		// given v1 a draft
		ItemHistory history = ItemHistory.start(consultation(), Mode.CORE, ALICE);

		// when
		ItemHistory after = applied(history.edit(new Edit(1, withAim(consultation(), "A new aim."), Mode.CORE, BOB)));

		// then
		assertThat(after.versions()).extracting(ItemVersion::status).containsExactly(SUPERSEDED, DRAFT);
		assertThat(after.working()).map(ItemVersion::number).contains(2);
		assertThat(after.latest().author()).isEqualTo("bob");
		assertThat(after.version(1).orElseThrow().content()).isEqualTo(consultation());
	}

	@Test
	void editingAVersionInConsultationStartsANewDraftAndKeepsTheTextConsultedOn() {
		// given v1 in consultation
		ItemHistory history = applied(ItemHistory.start(consultation(), Mode.CORE, ALICE).sendToConsultation(1, ALICE));

		// when
		ItemHistory after = applied(history.edit(new Edit(1, withAim(consultation(), "A new aim."), Mode.CORE, BOB)));

		// then
		assertThat(after.version(1)).map(ItemVersion::content).contains(consultation());
		assertThat(after.version(1)).map(ItemVersion::status).contains(SUPERSEDED);
		assertThat(after.latest().status()).isEqualTo(DRAFT);
	}

	@Test
	void aStaleEditIsRefusedAndChangesNothing() {
		// given v4 is the working version
		ItemHistory history = ItemHistory.start(consultation(), Mode.CORE, ALICE);
		for (int from = 1; from <= 3; from++) {
			history = applied(history.edit(new Edit(from, withAim(consultation(), "Aim " + from), Mode.CORE, ALICE)));
		}
		List<ItemVersion> before = List.copyOf(history.versions());

		// when bob saves what he started from v3
		Outcome outcome = history.edit(new Edit(3, withAim(consultation(), "Bob's aim"), Mode.CORE, BOB));

		// then
		assertThat(outcome).isEqualTo(new Refused(Refused.Ground.STALE, "stale: started from v3, current is v4"));
		assertThat(history.versions()).isEqualTo(before);
		assertThat(history.latest().content()).isEqualTo(withAim(consultation(), "Aim 3"));
	}

	@Test
	void aSecondDraftCannotBeStartedBesideTheWorkingOne() {
		// given v1 published and v2 drafted from it
		ItemHistory history = publishedThenEdited();

		// when someone else starts from the published v1
		Outcome outcome = history.edit(new Edit(1, withAim(consultation(), "Another aim"), Mode.CORE, CAROL));

		// then
		assertThat(outcome).isEqualTo(Refused.stale(1, 2));
		assertThat(history.versions()).hasSize(2);
	}

	@Test
	void publishingAVersionSomeoneHasSinceEditedIsRefusedAsStale() {
		// given v1 draft edited into v2
		ItemHistory history = applied(ItemHistory.start(consultation(), Mode.CORE, ALICE)
			.edit(new Edit(1, withAim(consultation(), "A new aim."), Mode.CORE, BOB)));

		// when carol publishes the v1 she reviewed
		Outcome outcome = history.publish(1, CAROL);

		// then
		assertThat(outcome).isEqualTo(new Refused(Refused.Ground.STALE, "stale: started from v1, current is v2"));
		assertThat(history.currentPublished()).isEmpty();
	}

	@Test
	void aPublishedVersionIsNotPublishedOrConsultedOnAgain() {
		// given
		ItemHistory history = applied(ItemHistory.start(openness(), Mode.CORE, ALICE).publish(1, ALICE));

		// when
		Outcome republished = history.publish(1, BOB);
		Outcome consulted = history.sendToConsultation(1, BOB);

		// then
		assertThat(republished)
			.isEqualTo(new Refused(Refused.Ground.NOT_ALLOWED, "v1: a published version cannot move to published"));
		assertThat(consulted)
			.isEqualTo(new Refused(Refused.Ground.NOT_ALLOWED, "v1: a published version cannot move to consultation"));
	}

	@Test
	void withdrawingADraftKeepsItInTheHistoryAndAllowsANewDraft() {
		// given v1 published, v2 drafted
		ItemHistory history = publishedThenEdited();

		// when
		ItemHistory withdrawn = applied(history.withdraw(2, CAROL));
		ItemHistory redrafted = applied(
				withdrawn.edit(new Edit(2, withAim(consultation(), "Third try."), Mode.CORE, ALICE)));

		// then
		assertThat(withdrawn.version(2)).map(ItemVersion::status).contains(WITHDRAWN);
		assertThat(withdrawn.working()).isEmpty();
		assertThat(withdrawn.currentPublished()).map(ItemVersion::number).contains(1);
		assertThat(redrafted.versions()).extracting(ItemVersion::status).containsExactly(PUBLISHED, WITHDRAWN, DRAFT);
	}

	@Test
	void aPublishedVersionCannotBeWithdrawnOnlyRetired() {
		// given
		ItemHistory history = applied(ItemHistory.start(openness(), Mode.CORE, ALICE).publish(1, ALICE));

		// when
		Outcome outcome = history.withdraw(1, BOB);

		// then
		assertThat(outcome)
			.isEqualTo(new Refused(Refused.Ground.NOT_ALLOWED, "v1: a published version cannot move to withdrawn"));
	}

	@Test
	void retiringThePublishedVersionRetiresTheItem() {
		// given
		ItemHistory history = applied(ItemHistory.start(openness(), Mode.CORE, ALICE).publish(1, ALICE));

		// when
		ItemHistory retired = applied(history.retire(1, BOB));

		// then
		assertThat(retired.latest().status()).isEqualTo(RETIRED);
		assertThat(retired.isRetired()).isTrue();
		assertThat(retired.currentPublished()).isEmpty();
		assertThat(retired.latest().statusChanges()).last().isEqualTo(new StatusChange(RETIRED, BOB));
	}

	@Test
	void aRetiredItemIsNotEditedOrPublishedAgain() {
		// given
		ItemHistory retired = applied(
				applied(ItemHistory.start(openness(), Mode.CORE, ALICE).publish(1, ALICE)).retire(1, ALICE));

		// when
		Outcome republished = retired.publish(1, BOB);
		Outcome edited = retired.edit(new Edit(1, openness(), Mode.CORE, BOB));

		// then
		Refused expected = new Refused(Refused.Ground.NOT_ALLOWED,
				"the item is retired: it is not edited or published again; start a new item instead");
		assertThat(republished).isEqualTo(expected);
		assertThat(edited).isEqualTo(expected);
	}

	@Test
	void retiringIsRefusedWhileAVersionIsWorkedOn() {
		// given v1 published, v2 drafted
		ItemHistory history = publishedThenEdited();

		// when
		Outcome outcome = history.retire(1, CAROL);

		// then
		assertThat(outcome).isEqualTo(new Refused(Refused.Ground.NOT_ALLOWED,
				"v2 is being worked on: publish or withdraw it before retiring"));
	}

	@Test
	void onlyThePublishedVersionCanBeRetired() {
		// given v1 superseded by v2, v2 published; and an item never published
		ItemHistory twice = applied(publishedThenEdited().publish(2, ALICE));
		ItemHistory neverPublished = applied(ItemHistory.start(openness(), Mode.CORE, ALICE).withdraw(1, ALICE));

		// when
		Outcome superseded = twice.retire(1, BOB);
		Outcome withdrawn = neverPublished.retire(1, BOB);

		// then
		assertThat(superseded)
			.isEqualTo(new Refused(Refused.Ground.NOT_ALLOWED, "v1: a superseded version cannot move to retired"));
		assertThat(withdrawn)
			.isEqualTo(new Refused(Refused.Ground.NOT_ALLOWED, "v1: a withdrawn version cannot move to retired"));
	}

	@Test
	void anOperationOnAVersionThatDoesNotExistIsRefused() {
		// given
		ItemHistory history = ItemHistory.start(openness(), Mode.CORE, ALICE);

		// then
		Refused unknown = new Refused(Refused.Ground.UNKNOWN_VERSION, "no version v7");
		assertThat(history.publish(7, BOB)).isEqualTo(unknown);
		assertThat(history.retire(7, BOB)).isEqualTo(unknown);
		assertThat(history.diff(1, 7)).isEqualTo(unknown);
		assertThat(history.version(0)).isEmpty();
	}

	@Test
	void anEditKeepsTheKindOfContentOfItsItem() {
		// given a code of practice
		ItemHistory history = ItemHistory.start(consultation(), Mode.CORE, ALICE);

		// when
		Outcome outcome = history.edit(new Edit(1, openness(), Mode.CORE, BOB));

		// then
		assertThat(outcome).isEqualTo(new Refused(Refused.Ground.INVALID,
				"an item keeps one kind of content: this one is a code of practice, not a principle"));
	}

	@Test
	void thePublisherChoosesTheModeOfEachVersion() {
		// given v1 adaptable
		ItemHistory history = applied(ItemHistory.start(consultation(), Mode.ADAPTABLE, ALICE).publish(1, ALICE));

		// when the county makes the code part of the common core
		ItemHistory after = applied(applied(history.edit(new Edit(1, consultation(), Mode.CORE, BOB))).publish(2, BOB));

		// then
		assertThat(after.version(1)).map(ItemVersion::mode).contains(Mode.ADAPTABLE);
		assertThat(after.currentPublished()).map(ItemVersion::mode).contains(Mode.CORE);
	}

	@Test
	void aHistoryReadFromAStoreMustKeepTheRules() {
		ItemVersion draft1 = ItemVersion.drafted(1, openness(), Mode.CORE, ALICE);
		ItemVersion draft2 = ItemVersion.drafted(2, openness(), Mode.CORE, ALICE);
		ItemVersion published = ItemVersion.drafted(2, openness(), Mode.CORE, ALICE).movedTo(PUBLISHED, ALICE);

		assertThatIllegalArgumentException().isThrownBy(() -> new ItemHistory(List.of(draft1, draft2)))
			.withMessageContaining("only the latest version may be a working one");
		assertThatIllegalArgumentException().isThrownBy(() -> new ItemHistory(List.of(draft2)))
			.withMessageContaining("numbered");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ItemHistory(List.of(draft1.movedTo(PUBLISHED, ALICE), published)))
			.withMessageContaining("at most one version is published");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ItemHistory(List.of(draft1.movedTo(WITHDRAWN, ALICE),
					ItemVersion.drafted(2, consultation(), Mode.CORE, ALICE))))
			.withMessageContaining("one kind of content");
	}

	/** v1 published by alice, v2 drafted from it by bob. */
	private static ItemHistory publishedThenEdited() {
		ItemHistory published = applied(ItemHistory.start(consultation(), Mode.CORE, ALICE).publish(1, ALICE));
		return applied(published.edit(new Edit(1, withAim(consultation(), "A sharper aim."), Mode.CORE, BOB)));
	}

	static ItemHistory applied(Outcome outcome) {
		assertThat(outcome).isInstanceOf(Outcome.Applied.class);
		return ((Outcome.Applied) outcome).history();
	}

}

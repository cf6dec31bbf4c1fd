package org.compacts.compact.success;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.compacts.compact.item.ItemKind;
import org.compacts.servicekit.refusal.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A success's rules, without a database: its states and what a story must hold. */
class SuccessTest {

	static final Instant AT = Instant.parse("2027-03-01T10:00:00Z");

	static final UUID CODE = UUID.randomUUID();

	static final UUID CVS = UUID.randomUUID();

	static Story story(String title) {
		return new Story(title, " They came. ", List.of(new Party(CVS, null), new Party(null, " Swale BC ")),
				List.of(CODE), " ", List.of(" https://example.org/report "), List.of("Housing"), " Sittingbourne ");
	}

	static Success draft() {
		return new Success(story("Meet and greet"), Map.of(CODE, ItemKind.CODE), Set.of(CVS), "sam", AT);
	}

	@Test
	void aDraftIsApprovedThenMadePublicThenWithdrawnToApproved() {
		Success success = draft();
		assertThat(success.state()).isEqualTo(State.DRAFT);
		assertThat(success.story().evidence()).isNull();
		assertThat(success.story().place()).isEqualTo("Sittingbourne");
		assertThat(success.story().organisations()).containsExactly(new Party(CVS, null), new Party(null, "Swale BC"));

		success.approve("kim", AT);
		assertThat(success.approvedBy()).isEqualTo("kim");
		success.makePublic(AT);
		assertThat(success.isPublic()).isTrue();
		assertThat(success.shows(CODE)).isTrue();
		success.withdraw();
		assertThat(success.state()).isEqualTo(State.APPROVED);
		assertThat(success.publicSince()).isNull();
	}

	@Test
	void onlyAnApprovedOneIsMadePublicAndOnlyAPublicOneWithdrawn() {
		Success success = draft();
		assertThatThrownBy(() -> success.makePublic(AT)).isInstanceOf(Refusal.class).hasMessageContaining("draft");
		assertThatThrownBy(success::withdraw).isInstanceOf(Refusal.class);
		success.approve("kim", AT);
		assertThatThrownBy(() -> success.approve("kim", AT)).isInstanceOf(Refusal.class);
	}

	@Test
	void aChangeOfAnApprovedOneSendsItBackToDraftAndAPublicOneIsNotChanged() {
		Success success = draft();
		success.approve("kim", AT);
		success.revise(story("Meet and greet events"), Map.of(CODE, ItemKind.CODE), Set.of(CVS));
		assertThat(success.state()).isEqualTo(State.DRAFT);
		assertThat(success.approvedBy()).isNull();

		success.approve("kim", AT);
		success.makePublic(AT);
		assertThatThrownBy(() -> success.revise(story("Rewritten"), Map.of(CODE, ItemKind.CODE), Set.of(CVS)))
			.isInstanceOf(Refusal.class);
		assertThat(success.story().title()).isEqualTo("Meet and greet events");
	}

	@Test
	void aStoryWithoutOrganisationsOrWithAnUnknownItemOrABadLinkIsRefused() {
		Story nobody = new Story("T", "S", List.of(), List.of(), null, List.of(), List.of(), null);
		assertThatThrownBy(() -> nobody.requireSensible(Set.of(), Set.of())).isInstanceOf(Refusal.class);
		Story unknown = new Story("T", "S", List.of(new Party(null, "CVS")), List.of(UUID.randomUUID()), null,
				List.of("ftp://example.org"), List.of(), null);
		assertThatThrownBy(() -> unknown.requireSensible(Set.of(), Set.of())).isInstanceOf(Refusal.class);
	}

}

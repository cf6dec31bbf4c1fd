package org.compacts.servicekit.refusal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ExpectedVersionTest {

	@Test
	void aChangeThatStatesNoVersionIsRefusedAsRequired() {
		Refusal refusal = catchThrowableOfType(Refusal.class, () -> ExpectedVersion.notStated().require(3));

		assertThat(refusal.ground()).isEqualTo(Refusal.Ground.VERSION_REQUIRED);
	}

	@Test
	void aChangeFromAnotherVersionIsRefusedAsStaleWithTheCurrentOne() {
		Refusal refusal = catchThrowableOfType(Refusal.class, () -> ExpectedVersion.of(2).require(3));

		assertThat(refusal.ground()).isEqualTo(Refusal.Ground.STALE);
		assertThat(refusal.properties()).containsEntry("currentVersion", 3L);
		assertThat(refusal.fields()).extracting(InvalidField::field).containsExactly("If-Match");
	}

	@Test
	void anyVersionAndTheCurrentOneMatch() {
		assertThatNoException().isThrownBy(() -> ExpectedVersion.any().require(3));
		assertThatNoException().isThrownBy(() -> ExpectedVersion.oneOf(List.of(1L, 3L)).require(3));
	}

	@Test
	void aChangeThatLosesNoEditIsCheckedOnlyWhenAVersionIsStated() {
		assertThatNoException().isThrownBy(() -> ExpectedVersion.notStated().requireIfStated(3));
		assertThat(catchThrowableOfType(Refusal.class, () -> ExpectedVersion.of(2).requireIfStated(3)).ground())
			.isEqualTo(Refusal.Ground.STALE);
	}

	@Test
	void onlyWeakTagsNameNoVersionAndMatchNothing() {
		assertThat(ExpectedVersion.oneOf(List.of()).matches(3)).isFalse();
	}

}

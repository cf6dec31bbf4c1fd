package org.compacts.compact.importing;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;

import static org.assertj.core.api.Assertions.assertThat;

class FileErrorTest {

	@Test
	void namesAFieldAsItsAuthorReadsItWithListPositionsInBrackets() {
		assertThat(FileError.fieldAt(JsonPointer.compile("/codes/1/measurableCommitments/0/amount")))
			.isEqualTo("codes[1].measurableCommitments[0].amount");
		assertThat(FileError.fieldAt(JsonPointer.compile("/sections/foreword/title")))
			.isEqualTo("sections.foreword.title");
	}

	@Test
	void theWholeFileHasNoFieldName() {
		assertThat(FileError.fieldAt(JsonPointer.empty())).isEmpty();
	}

	@Test
	void aNameWithASlashOrTildeIsShownAsWritten() {
		JsonPointer pointer = JsonPointer.empty().appendProperty("glossary").appendProperty("and/or ~ approx");

		assertThat(pointer.toString()).isEqualTo("/glossary/and~1or ~0 approx");
		assertThat(FileError.fieldAt(pointer)).isEqualTo("glossary.and/or ~ approx");
	}

}

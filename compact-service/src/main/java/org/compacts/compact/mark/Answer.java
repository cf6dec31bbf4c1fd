package org.compacts.compact.mark;

import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * One undertaking of a self-assessment, as drawn from its code, and its answer once
 * given.
 */
@Embeddable
record Answer(UUID codeId, String codeTitle, int codeVersion, String undertaking,
		@Enumerated(EnumType.STRING) @Nullable Response response, @Nullable String evidence) {

	static Answer unanswered(Undertakings.Question question) {
		return new Answer(question.codeId(), question.codeTitle(), question.codeVersion(), question.undertaking(), null,
				null);
	}

	Answer answered(@Nullable Response response, @Nullable String evidence) {
		return new Answer(codeId, codeTitle, codeVersion, undertaking, response, evidence);
	}

}

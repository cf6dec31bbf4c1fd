package org.compacts.compact.mark;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.compacts.compact.versioning.CodeOfPracticeContent;

/**
 * The questions of a self-assessment, drawn from the codes an organisation signed: of
 * each code, what its side undertakes (the voluntary and community sector's undertakings,
 * or the public sector's) and what all partners agree to, in the code's order. A private
 * firm gives no side's undertakings, only what all partners agree to.
 */
final class Undertakings {

	private Undertakings() {
	}

	/** A signed code at the version in force. */
	record SignedCode(UUID codeId, int version, CodeOfPracticeContent content) {
	}

	/**
	 * @param sector {@code PUBLIC}, {@code VCS} or {@code PRIVATE}
	 */
	static List<Question> drawnFrom(String sector, List<SignedCode> codes) {
		List<Question> questions = new ArrayList<>();
		for (SignedCode code : codes) {
			CodeOfPracticeContent content = code.content();
			List<String> own = switch (sector) {
				case "VCS" -> content.vcsUndertakings();
				case "PUBLIC" -> content.publicSectorUndertakings();
				default -> List.of();
			};
			for (String undertaking : own) {
				questions.add(new Question(code.codeId(), content.title(), code.version(), undertaking));
			}
			for (String commitment : content.allPartnersCommitments()) {
				questions.add(new Question(code.codeId(), content.title(), code.version(), commitment));
			}
		}
		return questions;
	}

	/** One undertaking to answer, with the code and version it comes from. */
	record Question(UUID codeId, String codeTitle, int codeVersion, String undertaking) {
	}

}

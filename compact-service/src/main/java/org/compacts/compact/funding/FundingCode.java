package org.compacts.compact.funding;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.compacts.compact.item.ContentJson;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.SharedItems;
import org.compacts.compact.versioning.CodeOfPracticeContent;
import org.compacts.compact.versioning.MeasurableCommitment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the compact's funding code: the first published code, in reading order, whose
 * measurable commitments include one the funding rules recognise. Its own or an adopted
 * copy: either way, the version in force here.
 */
@Component
class FundingCode {

	private final SharedItems items;

	private final ContentJson json;

	FundingCode(SharedItems items, ContentJson json) {
		this.items = items;
		this.json = json;
	}

	/** The code a record was checked against, at the version in force. */
	record InForce(UUID id, String title, int version, List<MeasurableCommitment> commitments) {
	}

	@Transactional(readOnly = true)
	Optional<InForce> inForce() {
		return items.shown(ItemKind.CODE, false, false).stream().map(shown -> {
			CodeOfPracticeContent content = (CodeOfPracticeContent) json.read(shown.content(), ItemKind.CODE);
			return new InForce(shown.id(), content.title(), shown.version(),
					FundingRules.recognised(content.measurableCommitments()));
		}).filter(code -> !code.commitments().isEmpty()).findFirst();
	}

}

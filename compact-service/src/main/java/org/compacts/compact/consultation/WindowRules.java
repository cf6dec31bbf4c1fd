package org.compacts.compact.consultation;

import java.util.Locale;

import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.SharedItems;
import org.compacts.compact.versioning.CodeOfPracticeContent;
import org.compacts.compact.versioning.ItemVersion;

import org.springframework.stereotype.Component;

/**
 * Finds the window rule in force in the current compact: the version in force of its code
 * of practice titled "Consultation" (its own or an adopted copy), or the national default
 * when it has none.
 */
@Component
class WindowRules {

	static final String CODE_TITLE = "consultation";

	private final SharedItems items;

	WindowRules(SharedItems items) {
		this.items = items;
	}

	WindowRule inForce() {
		for (SharedItems.Item item : items.all(ItemKind.CODE)) {
			ItemVersion published = item.history().currentPublished().orElse(null);
			if (published != null && published.content() instanceof CodeOfPracticeContent code
					&& code.title().strip().toLowerCase(Locale.ROOT).equals(CODE_TITLE)) {
				return WindowRule.of(code.measurableCommitments(),
						"the " + code.title().strip() + " code, version " + published.number());
			}
		}
		return WindowRule.NATIONAL_DEFAULT;
	}

}

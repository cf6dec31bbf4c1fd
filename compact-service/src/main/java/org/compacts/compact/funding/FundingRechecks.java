package org.compacts.compact.funding;

import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.ItemPublished;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new version of a code (or a code retired) may change what the funding code asks:
 * every record is checked again in the transaction that published it, so the register
 * never shows a check against a version no longer in force.
 */
@Component
class FundingRechecks {

	private final FundingRegister register;

	FundingRechecks(FundingRegister register) {
		this.register = register;
	}

	@EventListener
	void on(ItemPublished published) {
		if (published.kind() == ItemKind.CODE) {
			register.recheck();
		}
	}

}

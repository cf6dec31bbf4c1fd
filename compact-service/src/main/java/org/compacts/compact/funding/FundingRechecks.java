package org.compacts.compact.funding;

import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.ItemPublished;
import org.compacts.contracts.sync.ApplyOutcome;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new version of a code may change what the funding code asks: every record is checked
 * again in the transaction that put the version in force, so the register never shows a
 * check against a version no longer in force. A compact's own codes announce a
 * publication or retirement ({@link ItemPublished}); an adopted copy announces only that
 * it took an upstream version ({@link ApplyOutcome}), which names no kind, so any such
 * outcome checks again.
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

	@EventListener
	void on(ApplyOutcome outcome) {
		if (outcome.result() == ApplyOutcome.Result.APPLIED || outcome.result() == ApplyOutcome.Result.MERGED) {
			register.recheck();
		}
	}

}

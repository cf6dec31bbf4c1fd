package org.compacts.compact.item;

import java.util.List;

import org.compacts.compact.versioning.Refused;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;

/**
 * The refusals an operation on a shared item answers with, from the domain's grounds for
 * refusing ({@link Refused}).
 */
final class ItemRefusal {

	private ItemRefusal() {
	}

	static Refusal notFound(ItemKind kind) {
		return Refusal.notFound("No such " + kind.label() + " in this compact.");
	}

	static Refusal versionNotFound(String field, int number) {
		return Refusal.notFound("No such version.", field, "no version v" + number);
	}

	static Refusal invalid(List<InvalidField> errors) {
		return Refusal.invalid("The request has values that are not valid.", errors);
	}

	static Refusal of(Refused refused, String field) {
		List<InvalidField> errors = List.of(new InvalidField(field, refused.reason()));
		return switch (refused.ground()) {
			case STALE -> new Refusal(Refusal.Ground.CHANGED_MEANWHILE, "Changed meanwhile",
					"Someone else changed this item since the version you started from; nothing was changed. "
							+ "Read the latest version and apply your change to it.",
					errors);
			case NOT_ALLOWED -> new Refusal(Refusal.Ground.NOT_ALLOWED, "Not allowed now", refused.reason(), errors);
			case UNKNOWN_VERSION -> new Refusal(Refusal.Ground.NOT_FOUND, "Not found", "No such version.", errors);
			case INVALID -> invalid(errors);
		};
	}

}

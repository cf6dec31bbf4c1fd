package org.compacts.portal.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.compacts.portal.backend.Refused.FieldError;
import org.jspecify.annotations.Nullable;

/** What the platform admin typed on the forms, and the bodies tenant-service takes. */
final class CompactForms {

	private CompactForms() {
	}

	/**
	 * A new compact. The parent is chosen in one of two selects, each revealed under the
	 * level it belongs to: {@code county} under District, {@code national} under County.
	 * Without JavaScript both are shown, so only the one of the chosen level counts.
	 */
	record NewCompact(@Nullable String name, @Nullable String slug, @Nullable String level, @Nullable String county,
			@Nullable String national, @Nullable String adoption) {

		static NewCompact empty() {
			return new NewCompact("", "", null, "", "", null);
		}

		@Nullable String parentSlug() {
			if (Compact.DISTRICT.equals(level)) {
				return blankToNull(county);
			}
			return Compact.COUNTY.equals(level) ? blankToNull(national) : null;
		}

		/**
		 * A compact without a parent can only keep its own, so the choice may be left
		 * out; one with a parent must make it.
		 */
		@Nullable String adoptionToSend() {
			String chosen = blankToNull(adoption);
			return chosen == null && parentSlug() == null ? Compact.KEEPS_OWN : chosen;
		}

		/** What the portal refuses itself: choices the service could only call null. */
		List<FieldError> unanswered() {
			List<FieldError> errors = new ArrayList<>();
			if (level == null || !Compact.LEVELS.contains(level)) {
				errors.add(new FieldError("level", "choose the level of the compact"));
			}
			else if (adoptionToSend() == null) {
				errors.add(new FieldError("adoption", "choose how it takes its parent's compact"));
			}
			return errors;
		}

		Map<String, Object> request() {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("slug", slug == null ? "" : slug.strip());
			body.put("name", name == null ? "" : name);
			body.put("level", level);
			body.put("parentSlug", parentSlug());
			body.put("adoption", adoptionToSend());
			return body;
		}

	}

	/** A compact's new parent or adoption, changed from the version the admin saw. */
	record Change(@Nullable String parentSlug, @Nullable String adoption, @Nullable Long version) {

		static Change of(Compact compact) {
			return new Change(compact.parentSlug(), compact.adoption(), compact.version());
		}

		Change from(long currentVersion) {
			return new Change(parentSlug, adoption, currentVersion);
		}

		/**
		 * The whole changeable state, as PUT replaces it: name and profile as they are,
		 * parent and adoption as chosen.
		 */
		Map<String, Object> request(Compact current) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("name", current.name());
			body.put("parentSlug", blankToNull(parentSlug));
			body.put("adoption", blankToNull(adoption));
			body.put("area", current.area());
			body.put("contact", current.contact());
			body.put("website", current.website());
			return body;
		}

	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}

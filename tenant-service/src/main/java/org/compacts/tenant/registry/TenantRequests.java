package org.compacts.tenant.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.compacts.servicekit.web.FormFields;
import org.hibernate.validator.constraints.URL;

/** The bodies the tenant API accepts. */
final class TenantRequests {

	private static final String WEB_URL = "^(?i)https?://.+$";

	private static final String WEB_URL_RULE = "must be an http or https URL";

	private TenantRequests() {
	}

	/**
	 * A new tenant. Its slug and level are for good; everything else can change later.
	 */
	record CreateTenant(
			@NotNull @Size(min = Slugs.MIN, max = Slugs.MAX, message = Slugs.RULE) @Pattern(regexp = Slugs.PATTERN,
					message = Slugs.RULE) String slug,
			@NotBlank @Size(max = 200) String name, @NotNull Level level, @Size(max = 63) String parentSlug,
			@NotNull Adoption adoption, @Size(max = 200) String area, @Size(max = 200) String contact,
			@Size(max = 300) @URL(regexp = WEB_URL, message = WEB_URL_RULE) String website) {

		Profile profile() {
			return profileOf(area, contact, website);
		}

		/** The parent's slug, or null for none (a form sends a blank). */
		String parent() {
			return FormFields.strippedOrNull(parentSlug);
		}

	}

	/**
	 * The whole changeable state of a tenant (PUT replaces it): name, parent, adoption
	 * and public profile. A field left out is cleared, so send back what GET gave,
	 * changed where you mean to.
	 */
	record UpdateTenant(@NotBlank @Size(max = 200) String name, @Size(max = 63) String parentSlug,
			@NotNull Adoption adoption, @Size(max = 200) String area, @Size(max = 200) String contact,
			@Size(max = 300) @URL(regexp = WEB_URL, message = WEB_URL_RULE) String website) {

		Profile profile() {
			return profileOf(area, contact, website);
		}

		/** The parent's slug, or null for none (a form sends a blank). */
		String parent() {
			return FormFields.strippedOrNull(parentSlug);
		}

	}

	private static Profile profileOf(String area, String contact, String website) {
		return new Profile(FormFields.strippedOrNull(area), FormFields.strippedOrNull(contact),
				FormFields.strippedOrNull(website));
	}

}

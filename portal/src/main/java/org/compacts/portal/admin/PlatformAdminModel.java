package org.compacts.portal.admin;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page's layout whether its visitor is a platform admin, for the header's
 * link to these pages; from the token alone, so no page pays a service call for it.
 */
@ControllerAdvice
class PlatformAdminModel {

	@ModelAttribute("platformAdmin")
	boolean platformAdmin(@Nullable Authentication visitor) {
		return PlatformAdminOnly.isPlatformAdmin(visitor);
	}

}

package org.compacts.portal.workspace;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.compacts.servicekit.security.Membership;
import org.compacts.servicekit.security.TenantRole;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.WebUtils;

/**
 * What every page's layout shows of its visitor: who they are, their compacts, and the
 * form token.
 */
@ControllerAdvice
class VisitorModel {

	/**
	 * One line of "My compacts": the tenant, its name, and the strongest role held there.
	 */
	record MyCompact(String slug, String name, String role) {
	}

	private final Compacts compacts;

	VisitorModel(Compacts compacts) {
		this.compacts = compacts;
	}

	@ModelAttribute("signedIn")
	boolean signedIn(Authentication visitor) {
		return visitor != null && !(visitor instanceof AnonymousAuthenticationToken) && visitor.isAuthenticated();
	}

	@ModelAttribute("displayName")
	String displayName(Authentication visitor) {
		return signedIn(visitor) ? visitor.getName() : null;
	}

	/**
	 * The session's CSRF token, which the gateway hands over with the request, goes into
	 * every form.
	 */
	@ModelAttribute("csrfToken")
	String csrfToken(HttpServletRequest request) {
		String fromGateway = request.getHeader("X-Compacts-Csrf");
		if (fromGateway != null) {
			return fromGateway;
		}
		var cookie = WebUtils.getCookie(request, "XSRF-TOKEN");
		return cookie == null ? "" : cookie.getValue();
	}

	@ModelAttribute("myCompacts")
	List<MyCompact> myCompacts(Authentication visitor) {
		if (!signedIn(visitor)) {
			return List.of();
		}
		List<Membership> memberships = Membership.among(visitor.getAuthorities());
		if (memberships.isEmpty()) {
			return List.of();
		}
		Map<String, Compacts.Tenant> tenants = compacts.bySlug();
		return memberships.stream()
			.collect(java.util.stream.Collectors.toMap(Membership::tenant, Membership::role,
					(a, b) -> a.includes(b) ? a : b))
			.entrySet()
			.stream()
			.filter(entry -> tenants.containsKey(entry.getKey()))
			.map(entry -> new MyCompact(entry.getKey(), tenants.get(entry.getKey()).name(), label(entry.getValue())))
			.sorted(Comparator.comparing(MyCompact::name))
			.toList();
	}

	static String label(TenantRole role) {
		return switch (role) {
			case TENANT_ADMIN -> "Tenant admin";
			case EDITOR -> "Editor";
			case CHAMPION -> "Compact Champion";
			case MEMBER -> "Member";
		};
	}

}

package org.compacts.portal.workspace;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.compacts.servicekit.security.Membership;
import org.compacts.servicekit.security.TenantRole;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.WebUtils;

import static org.springframework.http.HttpStatus.NOT_FOUND;

@Controller
class WorkspaceController {

	/** One line of "My compacts": the tenant, its name, and the strongest role held there. */
	record MyCompact(String slug, String name, String role) {
	}

	private final Compacts compacts;

	WorkspaceController(Compacts compacts) {
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

	/** The session's CSRF token, which the gateway hands over with the request, goes into every form. */
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
		Map<String, Compacts.Tenant> tenants = compacts.bySlug(visitor);
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

	@GetMapping("/")
	String home() {
		return "home";
	}

	/** The switcher's form, for browsers without JavaScript: a plain GET that lands on the chosen compact. */
	@GetMapping("/switch")
	String switchTo(@RequestParam String tenant) {
		if (!tenant.matches("[a-z][a-z0-9-]{1,62}")) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		return "redirect:/t/" + tenant;
	}

	@GetMapping("/t/{slug}")
	String compact(@PathVariable String slug, Authentication visitor, Model model,
			@ModelAttribute("myCompacts") List<MyCompact> mine) {
		Compacts.Tenant tenant = compacts.tenant(slug, visitor)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no compact here"));
		model.addAttribute("tenant", tenant);
		model.addAttribute("myRole",
				mine.stream().filter(c -> c.slug().equals(slug)).map(MyCompact::role).findFirst().orElse(null));
		model.addAttribute("principles", compacts.principles(slug, visitor));
		return "compact";
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

package org.compacts.portal.workspace;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

@Controller
class WorkspaceController {

	private final Compacts compacts;

	WorkspaceController(Compacts compacts) {
		this.compacts = compacts;
	}

	@GetMapping("/")
	String home() {
		return "home";
	}

	/**
	 * The switcher's form, for browsers without JavaScript: a plain GET that lands on the
	 * chosen compact.
	 */
	@GetMapping("/switch")
	String switchTo(@RequestParam String tenant) {
		if (!tenant.matches("[a-z][a-z0-9-]{1,62}")) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		return "redirect:/t/" + tenant;
	}

	@GetMapping("/t/{slug}")
	String compact(@PathVariable String slug, Authentication visitor, Model model,
			@ModelAttribute("myCompacts") List<VisitorModel.MyCompact> mine) {
		Compacts.Tenant tenant = compacts.tenant(slug, visitor)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no compact here"));
		model.addAttribute("tenant", tenant);
		model.addAttribute("myRole",
				mine.stream()
					.filter(c -> c.slug().equals(slug))
					.map(VisitorModel.MyCompact::role)
					.findFirst()
					.orElse(null));
		model.addAttribute("document", compacts.document(slug, visitor));
		return "compact";
	}

}

package org.compacts.portal.workspace;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The workspace's own routes; a compact's pages, and the home page that lists every
 * compact, are the public site's (package {@code site}), which shows members their role
 * and working versions as well.
 */
@Controller
class WorkspaceController {

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

}

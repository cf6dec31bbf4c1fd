package org.compacts.portal.invitation;

import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class InvitationController {

	record Invitation(String tenant, String tenantName, String role, String email) {
	}

	record Accepted(String tenant, String role) {
	}

	private final Services services;

	InvitationController(Services services) {
		this.services = services;
	}

	@GetMapping("/invitations/{token}")
	String show(@PathVariable String token, Model model) {
		Invitation invitation = services.tenants()
			.get()
			.uri("/api/tenants/invitations/{token}", token)
			.exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
					? response.bodyTo(Invitation.class) : null);
		model.addAttribute("token", token);
		model.addAttribute("invitation", invitation);
		return "invitation";
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, Model model) {
		Outcome<Accepted> accepted = Outcome
			.of(services.tenants().post().uri("/api/tenants/invitations/{token}/accept", token), Accepted.class);
		if (accepted.isRefused() || accepted.body() == null) {
			model.addAttribute("refusal", accepted.isRefused() ? accepted.refused().status() : 500);
			model.addAttribute("token", token);
			return "invitation";
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/t/{tenant}")
			.queryParam("joined", accepted.body().role())
			.buildAndExpand(accepted.body().tenant())
			.toUriString();
	}

}

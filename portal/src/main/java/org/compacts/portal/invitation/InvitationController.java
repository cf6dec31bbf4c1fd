package org.compacts.portal.invitation;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class InvitationController {

	record Invitation(String tenant, String tenantName, String role, String email) {
	}

	record Accepted(String tenant, String role) {
	}

	private final RestClient tenants;

	InvitationController(RestClient.Builder builder,
			@org.springframework.beans.factory.annotation.Value("${compacts.services.tenant-service}") URI tenantService) {
		this.tenants = builder.clone().baseUrl(tenantService.toString()).build();
	}

	@GetMapping("/invitations/{token}")
	String show(@PathVariable String token, Model model) {
		Invitation invitation = tenants.get()
			.uri("/api/tenants/invitations/{token}", token)
			.exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
					? response.bodyTo(Invitation.class) : null);
		model.addAttribute("token", token);
		model.addAttribute("invitation", invitation);
		return "invitation";
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, Authentication visitor, Model model) {
		var request = tenants.post().uri("/api/tenants/invitations/{token}/accept", token);
		if (visitor instanceof JwtAuthenticationToken jwt) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + jwt.getToken().getTokenValue());
		}
		Accepted accepted = request.exchange((req, response) -> {
			model.addAttribute("refusal", response.getStatusCode().value());
			return response.getStatusCode().is2xxSuccessful() ? response.bodyTo(Accepted.class) : null;
		});
		if (accepted == null) {
			model.addAttribute("token", token);
			return "invitation";
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/t/{tenant}")
			.queryParam("joined", accepted.role())
			.buildAndExpand(accepted.tenant())
			.toUriString();
	}

}

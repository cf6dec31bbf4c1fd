package org.compacts.tenant.invitation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl where people reach the platform (the gateway): the accept link of an
 * invitation is {@code {baseUrl}/invitations/{token}}
 */
@ConfigurationProperties("compacts.portal")
record PortalProperties(@DefaultValue("http://localhost:8080") String baseUrl) {

	String invitationLink(String token) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		return base + "/invitations/" + token;
	}

}

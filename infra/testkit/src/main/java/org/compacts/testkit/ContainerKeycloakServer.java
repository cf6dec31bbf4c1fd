package org.compacts.testkit;

import dasniko.testcontainers.keycloak.KeycloakContainer;

/** The same Keycloak as a Testcontainers container, with the same realm import. */
final class ContainerKeycloakServer implements KeycloakServer {

	private final KeycloakContainer container;

	private ContainerKeycloakServer(KeycloakContainer container) {
		this.container = container;
	}

	static ContainerKeycloakServer start(String image) {
		KeycloakContainer container = new KeycloakContainer(image).withRealmImportFile("keycloak/compacts-realm.json");
		container.start();
		return new ContainerKeycloakServer(container);
	}

	@Override
	public String url() {
		String url = container.getAuthServerUrl();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	@Override
	public String adminUser() {
		return container.getAdminUsername();
	}

	@Override
	public String adminPassword() {
		return container.getAdminPassword();
	}

	@Override
	public void close() {
		container.stop();
	}

}

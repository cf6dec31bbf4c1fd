package org.compacts.tenant.membership;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DirectoryProperties.class)
class DirectoryConfiguration {

	/**
	 * Asks Keycloak nothing until first used: the service starts while Keycloak is still
	 * starting.
	 */
	@Bean
	Directory directory(DirectoryProperties properties) {
		return new KeycloakDirectory(properties);
	}

}

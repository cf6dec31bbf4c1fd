package org.compacts.tenant.actor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * The one place that decides where "who" comes from. Spring Security is optional here:
 * without it every change is the {@link CurrentActor#SYSTEM system}'s.
 */
@Configuration(proxyBeanMethods = false)
class CurrentActorConfiguration {

	private static final String SECURITY_CONTEXT = "org.springframework.security.core.context.SecurityContextHolder";

	@Bean
	CurrentActor currentActor() {
		if (ClassUtils.isPresent(SECURITY_CONTEXT, getClass().getClassLoader())) {
			return new SecurityContextActor();
		}
		return () -> CurrentActor.SYSTEM;
	}

}

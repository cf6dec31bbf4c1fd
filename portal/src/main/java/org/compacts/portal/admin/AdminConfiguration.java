package org.compacts.portal.admin;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link PlatformAdminOnly} in front of every admin path: the first filter after
 * Spring Security's, which it needs to know the visitor.
 */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

	@Bean
	FilterRegistrationBean<PlatformAdminOnly> platformAdminOnly() {
		FilterRegistrationBean<PlatformAdminOnly> registration = new FilterRegistrationBean<>(new PlatformAdminOnly());
		registration.addUrlPatterns("/admin", "/admin/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}

package org.compacts.servicekit;

import org.compacts.servicekit.security.TokenProperties;
import org.compacts.servicekit.security.TokenValidation;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;

@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
public class ServiceKitAutoConfiguration {

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	FilterRegistrationBean<TenantLoggingFilter> tenantLoggingFilter() {
		var registration = new FilterRegistrationBean<>(new TenantLoggingFilter());
		// Early, so that even the security filters' log lines carry the tenant.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ JwtDecoder.class, HttpSecurity.class })
	@EnableConfigurationProperties(TokenProperties.class)
	static class TokenChecks {

		@Bean
		@ConditionalOnMissingBean
		JwtDecoder jwtDecoder(TokenProperties properties) {
			return TokenValidation.decoder(properties);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(KafkaAdmin.class)
	static class KafkaReadiness {

		@Bean(name = "kafkaHealthIndicator")
		@ConditionalOnBean(KafkaAdmin.class)
		@ConditionalOnMissingBean(name = "kafkaHealthIndicator")
		KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
			return new KafkaHealthIndicator(kafkaAdmin);
		}

	}

}

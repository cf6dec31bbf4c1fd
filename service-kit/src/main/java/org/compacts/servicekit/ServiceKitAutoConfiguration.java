package org.compacts.servicekit;

import org.compacts.servicekit.security.TokenProperties;
import org.compacts.servicekit.security.TokenValidation;
import org.compacts.servicekit.web.ProblemDetailsAdvice;

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
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

// Before Web MVC's: where our problem-details advice applies, Boot's plainer one must step aside.
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
public class ServiceKitAutoConfiguration {

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	FilterRegistrationBean<TenantLoggingFilter> tenantLoggingFilter() {
		var registration = new FilterRegistrationBean<>(new TenantLoggingFilter());
		// Early, so that even the security filters' log lines carry the tenant.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Services with data and validation answer bad input with the fields at fault; see
	 * ProblemDetailsAdvice.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(name = { "org.springframework.dao.DataIntegrityViolationException",
			"jakarta.validation.ConstraintViolationException" })
	static class FieldProblems {

		@Bean
		@ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
		ProblemDetailsAdvice problemDetailsAdvice() {
			return new ProblemDetailsAdvice();
		}

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

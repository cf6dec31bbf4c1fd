package org.compacts.servicekit.web;

import java.util.List;

import org.compacts.servicekit.refusal.ExpectedVersion;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The web contract every service keeps: refusals and bad input as problem details, and
 * If-Match as an {@code ExpectedVersion} parameter. Also part of every
 * {@code @WebMvcTest} slice (see its imports file), so a slice answers as the service
 * does. Before Web MVC's: where our advice applies, Boot's plainer one steps aside.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ServiceKitWebAutoConfiguration {

	@Bean
	WebMvcConfigurer ifMatchArgument() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new IfMatchResolver());
			}
		};
	}

	/**
	 * Services with data and validation answer bad input with the fields at fault; see
	 * ProblemDetailsAdvice.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.springframework.dao.DataIntegrityViolationException",
			"jakarta.validation.ConstraintViolationException" })
	static class FieldProblems {

		@Bean
		@ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
		ProblemDetailsAdvice problemDetailsAdvice() {
			return new ProblemDetailsAdvice();
		}

	}

	/** Where a service documents its API: If-Match as the header it is. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springdoc.core.customizers.OperationCustomizer")
	static class IfMatchInOpenApi {

		@Bean
		OperationCustomizer ifMatchHeader() {
			SpringDocUtils.getConfig().addRequestWrapperToIgnore(ExpectedVersion.class);
			return new IfMatchDocumentation();
		}

	}

	/** A lost race found by JPA outside Spring's translation is still a lost race. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "jakarta.persistence.OptimisticLockException")
	static class JpaLockProblems {

		@Bean
		ProblemDetailsAdvice.JpaLocks jpaLockProblems() {
			return new ProblemDetailsAdvice.JpaLocks();
		}

	}

}

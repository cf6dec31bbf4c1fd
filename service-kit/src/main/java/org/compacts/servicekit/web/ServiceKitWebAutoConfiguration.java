package org.compacts.servicekit.web;

import java.util.List;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JacksonModule;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.web.firewall.RequestRejectedHandler;
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

	/** Registered with every JSON mapper Boot builds: see UnicodeStrings. */
	@Bean
	JacksonModule unicodeStrings() {
		return UnicodeStrings.module();
	}

	/** A direct request for the error page is answered, not rendered. */
	@Bean
	FilterRegistrationBean<MalformedRequests.ErrorPathFilter> errorPathFilter(Environment environment) {
		var registration = new FilterRegistrationBean<>(
				new MalformedRequests.ErrorPathFilter(environment.getProperty("server.error.path", "/error")));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** What Tomcat refuses before the application sees it, as a problem detail. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory")
	static class TomcatProblems {

		@Bean
		WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemReportValve() {
			return new ProblemReportValveCustomizer();
		}

	}

	/**
	 * After Boot's own customizer, which adds Tomcat's report valve to the host: ours
	 * takes its place.
	 */
	static final class ProblemReportValveCustomizer
			implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

		@Override
		public void customize(ConfigurableTomcatWebServerFactory factory) {
			factory.addContextCustomizers(context -> {
				if (context.getParent() instanceof StandardHost host) {
					for (Valve valve : host.getPipeline().getValves()) {
						if (MalformedRequests.ProblemReportValve.isTomcatsOwn(valve)) {
							host.getPipeline().removeValve(valve);
						}
					}
					host.setErrorReportValveClass(MalformedRequests.ProblemReportValve.class.getName());
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

	/**
	 * What Spring Security's firewall refuses ({@code //}, {@code ..}, {@code ;},
	 * undecodable characters) is a 400 problem detail, logged, and not an exception that
	 * ends as a 500.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.security.web.firewall.RequestRejectedHandler")
	static class FirewallProblems {

		private static final Logger log = LoggerFactory.getLogger(FirewallProblems.class);

		@Bean
		RequestRejectedHandler requestRejectedHandler() {
			return (request, response, rejected) -> {
				log.info("Refused a request the firewall does not accept: {}", rejected.getMessage());
				MalformedRequests.refuse(request, response, 400,
						"The request's path or query is not one this server accepts: it holds an empty, \".\" or \"..\" segment, a \";\", or characters that are not allowed.");
			};
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

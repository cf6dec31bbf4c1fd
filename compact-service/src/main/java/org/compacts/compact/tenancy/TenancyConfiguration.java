package org.compacts.compact.tenancy;

import javax.sql.DataSource;

import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

	@Bean
	HibernatePropertiesCustomizer tenancy(DataSource dataSource) {
		CurrentTenantIdentifierResolver<String> resolver = new CurrentTenantIdentifierResolver<>() {
			@Override
			public String resolveCurrentTenantIdentifier() {
				return CurrentTenant.get().orElse(CurrentTenant.NONE);
			}

			@Override
			public boolean validateExistingCurrentSessions() {
				return true;
			}
		};
		return properties -> {
			properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, new TenantConnections(dataSource));
			properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
		};
	}

	/**
	 * After the migrations (hence the initializer as a parameter), before the service
	 * takes requests.
	 */
	@Bean
	InitializingBean tenantTablesGuard(DataSource dataSource, FlywayMigrationInitializer migrations) {
		return new TenantTablesGuard(dataSource)::check;
	}

	@Bean
	FilterRegistrationBean<TenantFromPathFilter> tenantFromPath() {
		var registration = new FilterRegistrationBean<>(new TenantFromPathFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}

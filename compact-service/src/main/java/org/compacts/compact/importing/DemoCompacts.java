package org.compacts.compact.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.compacts.compact.tenancy.CurrentTenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The demo compacts of the embedded default: each configured tenant whose compact is
 * still empty is loaded from its compact file and published at start-up (Kent's, from the
 * Kent Partners Compact draft). A real deployment configures none:
 * {@code COMPACTS_DEMO_COMPACTS=} (empty) or its own.
 */
@Component
@EnableConfigurationProperties(DemoCompacts.Properties.class)
class DemoCompacts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCompacts.class);

	/**
	 * @param compacts compact files by tenant slug
	 */
	@ConfigurationProperties("compacts.demo")
	record Properties(Map<String, Resource> compacts) {

		Properties {
			compacts = compacts == null ? Map.of() : Map.copyOf(compacts);
		}

	}

	private final Properties properties;

	private final CompactImport compactImport;

	DemoCompacts(Properties properties, CompactImport compactImport) {
		this.properties = properties;
		this.compactImport = compactImport;
	}

	@Override
	public void run(ApplicationArguments args) {
		properties.compacts().forEach((tenant, file) -> {
			CompactImport.Outcome outcome = CurrentTenant.callAs(tenant,
					() -> compactImport.load(read(file), file.getFilename(), true, "demo"));
			if (outcome instanceof CompactImport.Outcome.Loaded loaded) {
				log.info("Loaded the demo compact of {} from {}: {}", tenant, file.getFilename(), loaded.imported());
			}
			else if (outcome instanceof CompactImport.Outcome.Invalid invalid) {
				// our own shipped file: a broken one is a bug to fix, not a start to go
				// on with
				throw new IllegalStateException("The demo compact file " + file + " is invalid: " + invalid.errors());
			}
		});
	}

	private static byte[] read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo compact file " + file, ex);
		}
	}

}

package org.compacts.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Versions and images, filtered in by Maven from the parent build, so they are set in one
 * place.
 */
final class TestkitSettings {

	private static final Properties SETTINGS = load();

	private TestkitSettings() {
	}

	static String get(String key) {
		return SETTINGS.getProperty(key);
	}

	private static Properties load() {
		Properties properties = new Properties();
		try (InputStream in = TestkitSettings.class.getResourceAsStream("/testkit.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}

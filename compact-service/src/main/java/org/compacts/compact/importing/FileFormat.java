package org.compacts.compact.importing;

import java.util.Locale;

/** The two ways to write a compact file; the structure is the same. */
public enum FileFormat {

	JSON, YAML;

	/**
	 * The format a content type ({@code application/json}, {@code application/yaml}, ...)
	 * or a file name ({@code kent.yml}) names; when it names neither, the content
	 * decides: JSON starts with a brace or a bracket, anything else is read as YAML.
	 */
	public static FileFormat of(String contentTypeOrName, byte[] content) {
		String named = contentTypeOrName == null ? "" : contentTypeOrName.toLowerCase(Locale.ROOT);
		if (named.contains("json")) {
			return JSON;
		}
		if (named.contains("yaml") || named.endsWith(".yml")) {
			return YAML;
		}
		for (byte b : content) {
			if (b == '{' || b == '[') {
				return JSON;
			}
			if (!Character.isWhitespace(b) && (b & 0xFF) < 0x80) {
				return YAML;
			}
		}
		return YAML;
	}

}

package org.compacts.servicekit.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string a request brings must be Unicode. JSON lets {@code "\ud800"} through (an
 * escape of half a character), and PostgreSQL would store it as {@code ?} ever after,
 * which the sync would then send on to every district: such a string is refused at the
 * door, naming its field.
 */
public final class UnicodeStrings extends StringDeserializer {

	static final String REASON = "is not valid Unicode: it holds half of a surrogate pair";

	private UnicodeStrings() {
	}

	/** The module that puts this check in front of every string a body is read into. */
	public static SimpleModule module() {
		return new SimpleModule("unicode-strings").addDeserializer(String.class, new UnicodeStrings());
	}

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String value = super.deserialize(parser, context);
		if (value != null && !isWellFormed(value)) {
			throw InvalidFormatException.from(parser, "Unpaired surrogate in a string", value, String.class);
		}
		return value;
	}

	static boolean isWellFormed(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

}

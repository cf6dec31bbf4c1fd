package org.compacts.compact.document;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The prose sections of a compact document, in the order the document reads (the Kent
 * Partners Compact draft: foreword, introduction, ... implementation, compliance and
 * resolution, monitoring and review). The principles, codes, glossary and contacts that
 * come between them are kept elsewhere.
 */
public enum SectionKey {

	FOREWORD, INTRODUCTION, IMPLEMENTATION, COMPLIANCE_AND_RESOLUTION, MONITORING_AND_REVIEW;

	/** How the API and compact files name it: {@code compliance-and-resolution}. */
	public String slug() {
		return name().toLowerCase().replace('_', '-');
	}

	public static Optional<SectionKey> ofSlug(String slug) {
		return Arrays.stream(values()).filter(key -> key.slug().equals(slug)).findFirst();
	}

	/** {@code foreword, introduction, ...}: for telling someone which keys there are. */
	public static String slugs() {
		return Arrays.stream(values()).map(SectionKey::slug).collect(Collectors.joining(", "));
	}

}

package org.compacts.compact.versioning;

/**
 * What one version of a shared item says. An item keeps one kind of content all its life.
 */
public sealed interface ItemContent permits PrincipleContent, CodeOfPracticeContent {

	String title();

}

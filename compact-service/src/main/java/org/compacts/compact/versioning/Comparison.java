package org.compacts.compact.versioning;

/**
 * The result of comparing two versions of one item: a {@link VersionDiff}, or
 * {@link Refused} when a version does not exist.
 */
public sealed interface Comparison permits VersionDiff, Refused {

}

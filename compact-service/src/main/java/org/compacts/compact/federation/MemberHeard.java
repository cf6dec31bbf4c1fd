package org.compacts.compact.federation;

/**
 * compact-service has heard of a compact from the tenant events, first or again: raised
 * in process once {@link Federation} holds it, for what waits for a compact to exist here
 * (the demo plans).
 */
public record MemberHeard(String slug) {
}

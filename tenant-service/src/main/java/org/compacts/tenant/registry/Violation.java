package org.compacts.tenant.registry;

/**
 * One broken rule: the field of the request it concerns, and why, in words a person can
 * act on.
 */
record Violation(String field, String reason) {
}

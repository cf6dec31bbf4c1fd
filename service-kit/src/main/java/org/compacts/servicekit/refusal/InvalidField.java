package org.compacts.servicekit.refusal;

/** One field of a request at fault, and why: an entry of a problem's {@code errors}. */
public record InvalidField(String field, String reason) {
}

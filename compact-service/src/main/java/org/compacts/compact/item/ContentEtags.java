package org.compacts.compact.item;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The strong ETags of what a compact's readers are shown, from its content revision
 * ({@link ContentRevisions}): members and others are shown different things, so their
 * tags differ, and the answer varies by who asks.
 */
public final class ContentEtags {

	private ContentEtags() {
	}

	/** The tag of what a member or another reader is shown at this revision. */
	public static String of(boolean member, long revision, String... more) {
		StringBuilder tag = new StringBuilder("\"").append(member ? "m" : "p").append(revision);
		for (String part : more) {
			tag.append('-').append(part);
		}
		return tag.append('"').toString();
	}

	/** A 200 with the tag, saying that who reads decides what is shown. */
	public static ResponseEntity.BodyBuilder ok(String etag) {
		return ResponseEntity.ok().eTag(etag).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
	}

}

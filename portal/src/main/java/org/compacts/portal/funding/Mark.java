package org.compacts.portal.funding;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A quality mark as anyone may verify it. */
record Mark(UUID id, String name, String organisation, String status, LocalDate awardedOn, LocalDate expiresOn,
		@Nullable LocalDate revokedOn, @Nullable String revocationReason, List<Code> codes,
		List<Assessment.Answer> evidence, URI assertion) {

	record Code(UUID codeId, String title, int version) {
	}

	public boolean isInForce() {
		return "AWARDED".equals(status);
	}

}

package org.compacts.contracts.sync;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.compacts.contracts.KnownSchemaVersion;
import jakarta.validation.constraints.Positive;

/**
 * How applying a version of an upstream item went in a district. On
 * {@link org.compacts.contracts.Topics#APPLY_OUTCOMES}, keyed by the district's slug.
 *
 * <p>
 * compact-service sends one for every {@link ApplyCommand} it handles, and one more when
 * a district resolves a conflict ({@code APPLIED} when it took the upstream text,
 * {@code MERGED} when it kept or edited its own), so that sync-service sees the item in
 * sync again.
 *
 * @param eventId unique per event; the same event delivered twice has the same id
 * @param version the upstream version this outcome is about
 * @param detail why, for {@code CONFLICT} and {@code REFUSED}; may be {@code null}
 * otherwise
 * @param appliedAt when the district's compact took the version (or refused it)
 */
public record ApplyOutcome(@NotNull UUID eventId, @KnownSchemaVersion(SCHEMA_VERSION) int schemaVersion,
		@NotNull String district, @NotNull String sourceTenant, @NotNull UUID itemId, @Positive int version,
		@NotNull Result result, String detail, @NotNull Instant appliedAt) implements SyncEvent {

	public enum Result {

		/** The district now holds this version: a fast-forward. */
		APPLIED,

		/** The district held this version already: a repeated command. */
		ALREADY_APPLIED,

		/** The district had amended an adaptable item; both sides' changes are kept. */
		MERGED,

		/**
		 * Both sides changed the same part of an adaptable item: a district editor
		 * decides.
		 */
		CONFLICT,

		/**
		 * The district would not take it (it does not follow the source any more, say);
		 * {@code detail} says why.
		 */
		REFUSED

	}

}

package org.compacts.servicekit.refusal;

import java.util.List;

/**
 * The version a caller says its change starts from (an HTTP {@code If-Match}): none
 * stated, any current one ({@code *}), or one of the versions it names. A change of a
 * versioned thing asks it to {@link #require} the current version inside the transaction
 * that changes it, so a change made meanwhile is refused instead of overwritten. Compared
 * strongly: a weak tag names no version, so it never matches.
 */
public record ExpectedVersion(Stated stated, List<Long> versions) {

	/** Whether and how the caller said which version it changed. */
	public enum Stated {

		NOTHING, ANY, ONE_OF

	}

	private static final ExpectedVersion NOTHING = new ExpectedVersion(Stated.NOTHING, List.of());

	private static final ExpectedVersion ANY = new ExpectedVersion(Stated.ANY, List.of());

	public ExpectedVersion {
		versions = List.copyOf(versions);
	}

	public static ExpectedVersion notStated() {
		return NOTHING;
	}

	public static ExpectedVersion any() {
		return ANY;
	}

	public static ExpectedVersion oneOf(List<Long> versions) {
		return new ExpectedVersion(Stated.ONE_OF, versions);
	}

	public static ExpectedVersion of(long version) {
		return oneOf(List.of(version));
	}

	public boolean isStated() {
		return stated != Stated.NOTHING;
	}

	/** True for {@code *} and for a named version that is the current one. */
	public boolean matches(long current) {
		return stated == Stated.ANY || stated == Stated.ONE_OF && versions.contains(current);
	}

	/**
	 * Refuses unless a version was stated ({@link Refusal.Ground#VERSION_REQUIRED}) and
	 * it is the current one ({@link Refusal.Ground#STALE}).
	 */
	public void require(long current) {
		if (!isStated()) {
			throw versionRequired();
		}
		requireIfStated(current);
	}

	/** For a change that loses no one's edit: checked only when a version was stated. */
	public void requireIfStated(long current) {
		if (isStated() && !matches(current)) {
			throw stale("Someone changed this since the version you read; it is now at version " + current
					+ ". Read it again and make your change on the new version.", current);
		}
	}

	public static Refusal versionRequired() {
		return new Refusal(Refusal.Ground.VERSION_REQUIRED, "Version required",
				"Say which version you changed with If-Match, so no one's change is overwritten unseen.",
				List.of(new InvalidField("If-Match", "is required")));
	}

	/**
	 * @param current the version that is current, when known (two changes from one
	 * version that passed the check together: the later one learns it at the save)
	 */
	public static Refusal stale(String detail, Long current) {
		Refusal refusal = new Refusal(Refusal.Ground.STALE, "Stale version", detail,
				List.of(new InvalidField("If-Match", "is not the current version")));
		return current == null ? refusal : refusal.with("currentVersion", current);
	}

}

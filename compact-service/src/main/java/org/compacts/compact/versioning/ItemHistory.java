package org.compacts.compact.versioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.compacts.compact.versioning.ItemStatus.CONSULTATION;
import static org.compacts.compact.versioning.ItemStatus.PUBLISHED;
import static org.compacts.compact.versioning.ItemStatus.RETIRED;
import static org.compacts.compact.versioning.ItemStatus.SUPERSEDED;
import static org.compacts.compact.versioning.ItemStatus.WITHDRAWN;

/**
 * All versions of one shared item, oldest first, and the operations editors and
 * publishers perform on it. Immutable: an operation answers with a new history
 * ({@link Outcome.Applied}) or a {@link Refused}, so a refusal can never leave half a
 * change behind.
 *
 * <p>
 * Every operation names the version it acts on, and for editing, consulting, publishing
 * and withdrawing that must be the latest version; otherwise someone else got there first
 * and the operation is refused as stale (the API answers 409). Because new versions are
 * only made by edits, and an edit replaces the working version, the working version, if
 * there is one, is always the latest: so "only one working version" holds by
 * construction, and the canonical constructor checks it for histories read from a store.
 */
public record ItemHistory(List<ItemVersion> versions) {

	public ItemHistory {
		versions = List.copyOf(versions);
		if (versions.isEmpty()) {
			throw new IllegalArgumentException("an item has at least one version");
		}
		for (int i = 0; i < versions.size(); i++) {
			ItemVersion version = versions.get(i);
			if (version.number() != i + 1) {
				throw new IllegalArgumentException("versions are numbered 1, 2, 3, ... in order: v" + version.number());
			}
			if (version.status().isWorking() && i != versions.size() - 1) {
				throw new IllegalArgumentException(
						"only the latest version may be a working one: v" + version.number());
			}
			if (version.content().getClass() != versions.get(0).content().getClass()) {
				throw new IllegalArgumentException("an item keeps one kind of content: v" + version.number());
			}
		}
		if (versions.stream().filter(v -> v.status() == PUBLISHED).count() > 1) {
			throw new IllegalArgumentException("at most one version is published");
		}
	}

	/** A new item, its first version a draft. */
	public static ItemHistory start(ItemContent content, Mode mode, Stamp stamp) {
		return new ItemHistory(List.of(ItemVersion.drafted(1, content, mode, stamp)));
	}

	public ItemVersion latest() {
		return versions.get(versions.size() - 1);
	}

	public Optional<ItemVersion> version(int number) {
		return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
	}

	/** The version in force, if any: what the public reads and districts follow. */
	public Optional<ItemVersion> currentPublished() {
		return versions.stream().filter(v -> v.status() == PUBLISHED).findFirst();
	}

	/** The draft or consultation version the editors are working on, if any. */
	public Optional<ItemVersion> working() {
		return Optional.of(latest()).filter(v -> v.status().isWorking());
	}

	public boolean isRetired() {
		return versions.stream().anyMatch(v -> v.status() == RETIRED);
	}

	/**
	 * Saves the edit as a new draft, the new latest version. It may start from a working
	 * version (which it supersedes: the text consulted on stays as it was, and the new
	 * draft may be consulted on again) or from the latest version when nobody is working
	 * on one (a published one stays in force until the new draft is published).
	 */
	public Outcome edit(Edit edit) {
		if (isRetired()) {
			return retiredRefusal();
		}
		if (edit.startedFrom() != latest().number()) {
			return Refused.stale(edit.startedFrom(), latest().number());
		}
		if (edit.content().getClass() != latest().content().getClass()) {
			return new Refused(Refused.Ground.INVALID, "an item keeps one kind of content: this one is a "
					+ kindOf(latest().content()) + ", not a " + kindOf(edit.content()));
		}
		List<ItemVersion> changed = new ArrayList<>();
		if (latest().status().isWorking()) {
			changed.add(latest().movedTo(SUPERSEDED, edit.stamp()));
		}
		changed.add(ItemVersion.drafted(latest().number() + 1, edit.content(), edit.mode(), edit.stamp()));
		return applied(changed);
	}

	public Outcome sendToConsultation(int number, Stamp stamp) {
		return moveLatest(number, CONSULTATION, stamp);
	}

	/**
	 * Publishes the working version; the version published until now is superseded by it.
	 */
	public Outcome publish(int number, Stamp stamp) {
		Optional<Refused> refusal = refusalToMoveLatest(number, PUBLISHED);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		List<ItemVersion> changed = new ArrayList<>();
		currentPublished().ifPresent(previous -> changed.add(previous.movedTo(SUPERSEDED, stamp)));
		changed.add(latest().movedTo(PUBLISHED, stamp));
		return applied(changed);
	}

	/** Gives up the working version; it stays in the history, marked withdrawn. */
	public Outcome withdraw(int number, Stamp stamp) {
		return moveLatest(number, WITHDRAWN, stamp);
	}

	/**
	 * Retires the published version and with it the item. Refused while a version is
	 * being worked on, because retiring under an editor's draft is more likely a
	 * disagreement than a plan: withdraw the draft first.
	 */
	public Outcome retire(int number, Stamp stamp) {
		Optional<ItemVersion> version = version(number);
		if (version.isEmpty()) {
			return unknown(number);
		}
		if (working().isPresent()) {
			return new Refused(Refused.Ground.NOT_ALLOWED,
					"v" + latest().number() + " is being worked on: publish or withdraw it before retiring");
		}
		Optional<Refused> refusal = refusalToMove(version.get(), RETIRED);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		return applied(List.of(version.get().movedTo(RETIRED, stamp)));
	}

	/** A field-by-field diff from one version to another (either may be the older). */
	public Comparison diff(int from, int to) {
		Optional<ItemVersion> before = version(from);
		Optional<ItemVersion> after = version(to);
		if (before.isEmpty()) {
			return unknown(from);
		}
		if (after.isEmpty()) {
			return unknown(to);
		}
		return VersionDiff.between(before.get(), after.get());
	}

	private Outcome moveLatest(int number, ItemStatus to, Stamp stamp) {
		Optional<Refused> refusal = refusalToMoveLatest(number, to);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		return applied(List.of(latest().movedTo(to, stamp)));
	}

	private Optional<Refused> refusalToMoveLatest(int number, ItemStatus to) {
		if (isRetired()) {
			return Optional.of(retiredRefusal());
		}
		if (version(number).isEmpty()) {
			return Optional.of(unknown(number));
		}
		if (number != latest().number()) {
			return Optional.of(Refused.stale(number, latest().number()));
		}
		return refusalToMove(latest(), to);
	}

	private static Optional<Refused> refusalToMove(ItemVersion version, ItemStatus to) {
		if (Lifecycle.move(version.status(), to) instanceof Refused refused) {
			return Optional.of(new Refused(refused.ground(), "v" + version.number() + ": " + refused.reason()));
		}
		return Optional.empty();
	}

	private Outcome.Applied applied(List<ItemVersion> changed) {
		List<ItemVersion> next = new ArrayList<>(versions);
		for (ItemVersion version : changed) {
			if (version.number() <= next.size()) {
				next.set(version.number() - 1, version);
			}
			else {
				next.add(version);
			}
		}
		return new Outcome.Applied(new ItemHistory(next), changed);
	}

	private static Refused retiredRefusal() {
		return new Refused(Refused.Ground.NOT_ALLOWED,
				"the item is retired: it is not edited or published again; start a new item instead");
	}

	private static Refused unknown(int number) {
		return new Refused(Refused.Ground.UNKNOWN_VERSION, "no version v" + number);
	}

	private static String kindOf(ItemContent content) {
		return content instanceof PrincipleContent ? "principle" : "code of practice";
	}

}

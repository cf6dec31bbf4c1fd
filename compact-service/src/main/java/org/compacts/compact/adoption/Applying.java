package org.compacts.compact.adoption;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.compacts.compact.item.ContentJson;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.SharedItems;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.compact.versioning.ItemContent;
import org.compacts.compact.versioning.ItemHistory;
import org.compacts.compact.versioning.ItemVersion;
import org.compacts.compact.versioning.Mode;
import org.compacts.compact.versioning.Stamp;
import org.compacts.compact.versioning.ThreeWayMerge;
import org.compacts.contracts.sync.ApplyCommand;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.ApplyOutcome.Result;
import org.compacts.contracts.sync.SyncEvent;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies upstream versions to the current tenant's copies, and resolves their conflicts.
 * Each call is one transaction, and raises the {@link ApplyOutcome} in it: the event
 * publication registry sends the outcome if and only if the change commits, and again
 * after a crash.
 *
 * <p>
 * An upstream retirement retires an unamended copy (withdrawing a draft first). A copy
 * the district amended is not retired under it: that is a conflict on {@code retired},
 * which its editors resolve like any other (take the retirement, or keep their copy as
 * their own).
 *
 * <p>
 * Each copy stands where its source placed the item, among the other copies; the
 * district's own items stay after the copy they follow (see
 * {@link org.compacts.compact.item.ItemOrder}). A command carrying a new position for a
 * version the district holds moves the copy and changes nothing else.
 */
@Service
@Transactional
public class Applying {

	/** How a district editor resolves a conflict. */
	public enum Take {

		/** The upstream version as it is (or its retirement). */
		UPSTREAM,
		/**
		 * The district's copy as it is (a draft of it, if one is being worked on, is
		 * published).
		 */
		LOCAL,
		/** New content the editor wrote, published as the next version. */
		EDIT

	}

	private final Adoptions adoptions;

	private final SharedItems items;

	private final ContentJson json;

	private final ApplicationEventPublisher events;

	Applying(Adoptions adoptions, SharedItems items, ContentJson json, ApplicationEventPublisher events) {
		this.adoptions = adoptions;
		this.items = items;
		this.json = json;
		this.events = events;
	}

	/** Applies a command in the current tenant, which must be its district. */
	public ApplyOutcome apply(ApplyCommand command) {
		if (!command.district().equals(CurrentTenant.require())) {
			throw new IllegalStateException(
					"applying " + command.district() + "'s command as " + CurrentTenant.require());
		}
		ItemKind kind = kindOf(command);
		Mode mode = modeOf(command);
		ItemContent upstream = contentOf(command, kind);
		Stamp stamp = new Stamp("sync:" + command.sourceTenant(), Instant.now());
		Optional<Adoption> found = adoptions.lockBySource(command.sourceTenant(), command.itemId());
		if (found.isEmpty()) {
			return firstCopy(command, kind, mode, upstream, stamp);
		}
		Adoption adoption = found.get();
		if (adoption.kind() != kind) {
			throw new PoisonCommand(command.sourceTenant() + "/" + command.itemId() + " is a " + adoption.kind()
					+ " here, not a " + kind);
		}
		// The position is taken whatever becomes of the version: a source that reordered
		// its
		// items sends the version a district holds again, with the new position.
		if (adoption.placedAt(command.position())) {
			items.arrange(kind);
		}
		if (command.version() <= adoption.baseVersion()) {
			return answer(command, Result.ALREADY_APPLIED, null);
		}
		Optional<Adoption.OpenConflict> open = adoption.conflict();
		if (open.isPresent() && command.version() <= open.get().version()) {
			return answer(command, Result.CONFLICT, conflictDetail(open.get().fields()));
		}
		ItemHistory local = items.find(kind, adoption.itemId()).orElseThrow().history();
		if (local.isRetired()) {
			return answer(command, Result.REFUSED, "this compact retired its copy of the item");
		}
		ItemContent base = json.read(adoption.baseContent(), kind);
		ItemContent current = current(local).content();
		if (current.equals(base)) {
			if (command.retired()) {
				items.retire(kind, adoption.itemId(), stamp);
			}
			else {
				items.publishNewVersion(kind, adoption.itemId(), upstream, mode, stamp);
			}
			adoption.took(command.version(), mode, json.write(upstream));
			return answer(command, Result.APPLIED, null);
		}
		List<String> conflicting = new ArrayList<>();
		ItemContent merged = null;
		if (command.retired()) {
			conflicting.add("retired");
		}
		else {
			if (mode == Mode.CORE) {
				conflicting.add("mode");
			}
			ThreeWayMerge.Result result = ThreeWayMerge.merge(base, current, upstream);
			if (result instanceof ThreeWayMerge.Conflict conflict) {
				conflicting.addAll(conflict.fields());
			}
			else {
				merged = ((ThreeWayMerge.Merged) result).content();
			}
		}
		if (!conflicting.isEmpty()) {
			adoption.conflicted(command.version(), mode, json.write(upstream), command.retired(), conflicting,
					stamp.at());
			return answer(command, Result.CONFLICT, conflictDetail(conflicting));
		}
		items.publishNewVersion(kind, adoption.itemId(), merged, mode, stamp);
		adoption.took(command.version(), mode, json.write(upstream));
		return answer(command, Result.MERGED, null);
	}

	/** The open conflict of an item of the current tenant, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Conflict> conflict(ItemKind kind, UUID itemId) {
		return adoptions.findById(itemId)
			.filter(adoption -> adoption.kind() == kind)
			.flatMap(adoption -> adoption.conflict().map(open -> {
				ItemVersion local = current(items.find(kind, itemId).orElseThrow().history());
				return new Conflict(itemId, kind, adoption.sourceTenant(), adoption.sourceItemId(),
						adoption.baseVersion(), json.read(adoption.baseContent(), kind), local.number(),
						local.content(), open.version(), open.mode(), open.retired(), json.read(open.content(), kind),
						open.fields(), open.since());
			}));
	}

	/** The current tenant's items with an open conflict, the longest waiting first. */
	@Transactional(readOnly = true)
	public List<Waiting> conflicts() {
		return adoptions.findByConflictVersionIsNotNullOrderByConflictSinceAscItemIdAsc().stream().map(adoption -> {
			Adoption.OpenConflict open = adoption.conflict().orElseThrow();
			ItemVersion local = current(items.find(adoption.kind(), adoption.itemId()).orElseThrow().history());
			return new Waiting(adoption.itemId(), adoption.kind(), local.content().title(), local.number(),
					adoption.sourceTenant(), open.version(), open.fields(), open.since());
		}).toList();
	}

	/**
	 * Resolves the open conflict of an item: publishes what the editor chose, takes the
	 * upstream version as the new base, closes the conflict and tells sync-service
	 * ({@code APPLIED} for the upstream text, {@code MERGED} for the district's own).
	 * @param edited the content for {@link Take#EDIT}, ignored otherwise
	 * @param seen the upstream version the editor saw, if they said; checked under the
	 * adoption's lock, so a version that arrived meanwhile is never resolved unseen
	 * @return the conflict as it was, empty if there was none
	 */
	public Optional<Conflict> resolve(ItemKind kind, UUID itemId, Take take, ItemContent edited, @Nullable Integer seen,
			Stamp stamp) {
		Optional<Conflict> conflict = conflict(kind, itemId);
		if (conflict.isEmpty()) {
			return conflict;
		}
		Adoption adoption = adoptions.lockByItem(itemId).orElseThrow();
		Adoption.OpenConflict open = adoption.conflict().orElseThrow();
		if (seen != null && seen != open.version()) {
			throw new UpstreamMoved(seen, open.version());
		}
		ItemContent upstream = json.read(open.content(), kind);
		if (take != Take.UPSTREAM && open.mode() == Mode.CORE) {
			throw new CoreKeptAsTaken(adoption.sourceTenant());
		}
		Result result = switch (take) {
			case UPSTREAM -> {
				if (open.retired()) {
					items.retire(kind, itemId, stamp);
				}
				else {
					items.publishNewVersion(kind, itemId, upstream, open.mode(), stamp);
				}
				yield Result.APPLIED;
			}
			case LOCAL -> {
				items.publishWorking(kind, itemId, stamp);
				yield Result.MERGED;
			}
			case EDIT -> {
				items.publishNewVersion(kind, itemId, edited, open.mode(), stamp);
				yield Result.MERGED;
			}
		};
		adoption.took(open.version(), open.mode(), open.content());
		events.publishEvent(new ApplyOutcome(UUID.randomUUID(), SyncEvent.SCHEMA_VERSION, CurrentTenant.require(),
				adoption.sourceTenant(), adoption.sourceItemId(), open.version(), result,
				"resolved by " + stamp.by() + ": " + take.name().toLowerCase(Locale.ROOT), stamp.at()));
		return conflict;
	}

	/**
	 * A resolution of an upstream version older than the one the conflict is now with.
	 */
	static final class UpstreamMoved extends Refusal {

		UpstreamMoved(int seen, int now) {
			super(Ground.CHANGED_MEANWHILE, "Upstream moved", reason(seen, now),
					List.of(new InvalidField("upstreamVersion", reason(seen, now))));
		}

		private static String reason(int seen, int now) {
			return "upstream is now at version " + now + ", not " + seen + ": read the conflict again";
		}

	}

	/** A resolution that would keep local amendments on a core item. */
	static final class CoreKeptAsTaken extends Refusal {

		CoreKeptAsTaken(String source) {
			super(Ground.NOT_ALLOWED, "Not allowed", reason(source), List.of(new InvalidField("take", reason(source))));
		}

		private static String reason(String source) {
			return "the upstream version is a core item of " + source + ": it cannot be amended locally; take UPSTREAM";
		}

	}

	/**
	 * @param local the district's copy as it stands (its working version if one is being
	 * worked on)
	 * @param fields the fields both sides changed ({@code mode} when upstream made the
	 * item core, {@code retired} when upstream retired it)
	 */
	public record Conflict(UUID itemId, ItemKind kind, String sourceTenant, UUID sourceItemId, int baseVersion,
			ItemContent base, int localVersion, ItemContent local, int upstreamVersion, Mode upstreamMode,
			boolean upstreamRetired, ItemContent upstream, List<String> fields, Instant since) {
	}

	/**
	 * A line of the compact's conflicts: what an editor needs to choose one to resolve.
	 *
	 * @param title the district's copy's title as it stands
	 * @param localVersion the version of the district's copy that is in conflict (its
	 * working version if one is being worked on)
	 * @param since when the conflicting upstream version arrived
	 */
	public record Waiting(UUID itemId, ItemKind kind, String title, int localVersion, String sourceTenant,
			int upstreamVersion, List<String> fields, Instant since) {
	}

	private ApplyOutcome firstCopy(ApplyCommand command, ItemKind kind, Mode mode, ItemContent upstream, Stamp stamp) {
		if (command.retired()) {
			return answer(command, Result.APPLIED, "retired upstream before this compact took it: nothing to hold");
		}
		SharedItems.Item item = items.createPublished(kind, upstream, mode, stamp);
		adoptions.save(new Adoption(item.id(), command.sourceTenant(), command.itemId(), command.position(), kind, mode,
				command.version(), json.write(upstream)));
		// created last: moved among the other copies to where its source placed it
		items.arrange(kind);
		return answer(command, Result.APPLIED, null);
	}

	/**
	 * What the district's copy says now: the version being worked on, else the one in
	 * force.
	 */
	private static ItemVersion current(ItemHistory history) {
		return history.working().or(history::currentPublished).orElse(history.latest());
	}

	private ApplyOutcome answer(ApplyCommand command, Result result, String detail) {
		ApplyOutcome outcome = new ApplyOutcome(UUID.randomUUID(), SyncEvent.SCHEMA_VERSION, command.district(),
				command.sourceTenant(), command.itemId(), command.version(), result, detail, Instant.now());
		events.publishEvent(outcome);
		return outcome;
	}

	private static String conflictDetail(List<String> fields) {
		return "changed here and upstream: " + String.join(", ", fields);
	}

	private static ItemKind kindOf(ApplyCommand command) {
		try {
			return ItemKind.valueOf(command.kind());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new PoisonCommand("unknown kind of item: " + command.kind());
		}
	}

	private static Mode modeOf(ApplyCommand command) {
		try {
			return Mode.valueOf(command.mode());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new PoisonCommand("unknown mode: " + command.mode());
		}
	}

	private ItemContent contentOf(ApplyCommand command, ItemKind kind) {
		if (command.content() == null) {
			throw new PoisonCommand("no content");
		}
		try {
			return json.read(command.content(), kind);
		}
		catch (RuntimeException ex) {
			throw new PoisonCommand("the content is not a " + kind.label() + ": " + ex.getMessage(), ex);
		}
	}

}

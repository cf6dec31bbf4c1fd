package org.compacts.compact.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.compact.versioning.Edit;
import org.compacts.compact.versioning.ItemContent;
import org.compacts.compact.versioning.ItemHistory;
import org.compacts.compact.versioning.ItemStatus;
import org.compacts.compact.versioning.ItemVersion;
import org.compacts.compact.versioning.Mode;
import org.compacts.compact.versioning.Outcome;
import org.compacts.compact.versioning.Refused;
import org.compacts.compact.versioning.Stamp;
import org.compacts.servicekit.refusal.InvalidField;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared items of the current tenant's compact (the tenant comes from the request,
 * see {@code tenancy}): what the API and the import call. Each operation asks the domain
 * for the outcome and stores only what it says changed; a refusal is thrown as an
 * {@link org.compacts.servicekit.refusal.Refusal} (see {@link ItemRefusal}) and changes
 * nothing, whoever called: an editor's request or sync's apply.
 */
@Service
@Transactional
public class SharedItems {

	/** An item as stored: where it stands among its kind, and its whole history. */
	public record Item(UUID id, ItemKind kind, int position, ItemHistory history) {

		static Item of(StoredItem stored, ContentJson json) {
			return new Item(stored.id(), stored.kind(), stored.position(), stored.history(json));
		}

	}

	/** The moves an editor makes on a version, each naming the version it acts on. */
	public enum Move {

		CONSULT, PUBLISH, WITHDRAW, RETIRE

	}

	private final StoredItems items;

	private final ContentJson json;

	private final ApplicationEventPublisher events;

	private final List<AmendmentRule> amendmentRules;

	private final Optional<AdoptedItems> adopted;

	private final ItemRows rows;

	private final ContentRevisions revisions;

	SharedItems(StoredItems items, ContentJson json, ApplicationEventPublisher events,
			List<AmendmentRule> amendmentRules, Optional<AdoptedItems> adopted, ItemRows rows,
			ContentRevisions revisions) {
		this.items = items;
		this.rows = rows;
		this.revisions = revisions;
		this.json = json;
		this.events = events;
		this.amendmentRules = List.copyOf(amendmentRules);
		this.adopted = adopted;
	}

	/** A new item, placed after the others of its kind, its first version a draft. */
	public Item create(ItemKind kind, ItemContent content, Mode mode, Stamp stamp) {
		if (!kind.contentType().isInstance(content)) {
			throw new IllegalArgumentException("a " + kind.label() + " needs " + kind.contentType().getSimpleName());
		}
		StoredItem stored = new StoredItem(kind, items.lastPosition(kind) + 1, ItemHistory.start(content, mode, stamp),
				json);
		revisions.raise();
		return Item.of(items.saveAndFlush(stored), json);
	}

	/**
	 * Saves an editor's edit as a new draft version; refused as stale unless it started
	 * from the latest one, and refused when a rule forbids amending the item here (a core
	 * item a district took upstream).
	 */
	public Item edit(ItemKind kind, UUID id, Edit edit) {
		StoredItem stored = locked(kind, id);
		for (AmendmentRule rule : amendmentRules) {
			rule.refusal(id).ifPresent(reason -> {
				throw ItemRefusal.of(new Refused(Refused.Ground.NOT_ALLOWED, reason), "mode");
			});
		}
		return apply(stored, stored.history(json).edit(edit), "startedFrom");
	}

	/**
	 * A new item published at once with the given content: a district's copy of an
	 * upstream item, made by sync (the stamp names it). Not announced on
	 * compacts.shared-items: sync-service sends an upstream item to every compact below
	 * its source itself (national's reach Kent's districts straight), so a copy announced
	 * again would reach them twice.
	 */
	public Item createPublished(ItemKind kind, ItemContent content, Mode mode, Stamp stamp) {
		Item created = create(kind, content, mode, stamp);
		return move(kind, created.id(), Move.PUBLISH, 1, stamp, false);
	}

	/**
	 * Publishes the given content as the item's new version in one step, whatever an
	 * editor is drafting (the draft is superseded, and stays in the history): sync taking
	 * an upstream version, or a district resolving a conflict. Not subject to the
	 * {@link AmendmentRule}s: these are not local amendments.
	 */
	public Item publishNewVersion(ItemKind kind, UUID id, ItemContent content, Mode mode, Stamp stamp) {
		StoredItem stored = locked(kind, id);
		int latest = stored.history(json).latest().number();
		apply(stored, stored.history(json).edit(new Edit(latest, content, mode, stamp)), "startedFrom");
		return move(kind, id, Move.PUBLISH, latest + 1, stamp, false);
	}

	/** Publishes the version being worked on, if one is. */
	public Item publishWorking(ItemKind kind, UUID id, Stamp stamp) {
		StoredItem stored = locked(kind, id);
		ItemHistory history = stored.history(json);
		return history.working()
			.map(working -> move(kind, id, Move.PUBLISH, working.number(), stamp, false))
			.orElseGet(() -> Item.of(stored, json));
	}

	/**
	 * Retires the item, withdrawing a version being worked on first: sync following an
	 * upstream retirement.
	 */
	public Item retire(ItemKind kind, UUID id, Stamp stamp) {
		StoredItem stored = locked(kind, id);
		ItemHistory history = stored.history(json);
		if (history.isRetired()) {
			return Item.of(stored, json);
		}
		Optional<ItemVersion> working = history.working();
		if (working.isPresent()) {
			history = move(kind, id, Move.WITHDRAW, working.get().number(), stamp, false).history();
		}
		Optional<ItemVersion> published = history.currentPublished();
		return published.isEmpty() ? new Item(stored.id(), stored.kind(), stored.position(), history)
				: move(kind, id, Move.RETIRE, published.get().number(), stamp, false);
	}

	/**
	 * An editor's move; a publication or retirement of the compact's own item is
	 * announced to its followers.
	 */
	public Item move(ItemKind kind, UUID id, Move move, int number, Stamp stamp) {
		return move(kind, id, move, number, stamp, !adoptedFrom(List.of(id)).containsKey(id));
	}

	private Item move(ItemKind kind, UUID id, Move move, int number, Stamp stamp, boolean announce) {
		StoredItem stored = locked(kind, id);
		ItemHistory history = stored.history(json);
		Outcome outcome = switch (move) {
			case CONSULT -> history.sendToConsultation(number, stamp);
			case PUBLISH -> history.publish(number, stamp);
			case WITHDRAW -> history.withdraw(number, stamp);
			case RETIRE -> history.retire(number, stamp);
		};
		Item item = apply(stored, outcome, "version");
		if (announce && (move == Move.PUBLISH || move == Move.RETIRE)) {
			ItemVersion version = item.history().version(number).orElseThrow();
			events.publishEvent(new ItemPublished(UUID.randomUUID(), CurrentTenant.require(), item.id(), kind, number,
					version.mode(), move == Move.RETIRE, json.write(version.content()), stamp.at(), stored.position()));
		}
		return item;
	}

	/**
	 * An editor puts the items of a kind in a new order: every item listed once. In a
	 * district, the copies of upstream items must keep their source's order (the
	 * district's own items go anywhere; see {@link ItemOrder}). The compact's own
	 * published items are announced again, the version in force with its new position, so
	 * that its followers reorder their copies.
	 * @return the items in their new order
	 */
	public List<Item> reorder(ItemKind kind, List<UUID> ids) {
		List<StoredItem> all = items.lockByKind(kind);
		Map<UUID, StoredItem> byId = new LinkedHashMap<>();
		all.forEach(stored -> byId.put(stored.id(), stored));
		List<InvalidField> problems = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			UUID id = ids.get(i);
			if (!byId.containsKey(id)) {
				problems
					.add(new InvalidField("ids[" + i + "]", "no " + kind.label() + " with this id in this compact"));
			}
			else if (!seen.add(id)) {
				problems.add(new InvalidField("ids[" + i + "]", "listed twice: each " + kind.label() + " once"));
			}
		}
		List<String> missing = byId.keySet().stream().filter(id -> !seen.contains(id)).map(UUID::toString).toList();
		if (problems.isEmpty() && !missing.isEmpty()) {
			problems.add(new InvalidField("ids", "every " + kind.label() + " of this compact must be listed; missing: "
					+ String.join(", ", missing)));
		}
		if (!problems.isEmpty()) {
			throw ItemRefusal.invalid(problems);
		}
		Map<UUID, AdoptedItems.AdoptedFrom> origins = adoptedFrom(ids);
		if (!ItemOrder.isArranged(entries(ids, origins))) {
			throw ItemRefusal.invalid(List.of(new InvalidField("ids",
					"the copies of upstream items keep the order their source gave them; move this compact's own "
							+ "items only")));
		}
		renumber(ids.stream().map(byId::get).toList());
		for (StoredItem stored : byId.values()) {
			if (!origins.containsKey(stored.id())) {
				announcePlace(stored);
			}
		}
		return ids.stream().map(id -> Item.of(byId.get(id), json)).toList();
	}

	/**
	 * Puts the items of a kind where {@link ItemOrder} places them: after a copy was
	 * taken, or its source moved it.
	 */
	public void arrange(ItemKind kind) {
		// raised even when nothing moves: a copy's source position, which the lists show,
		// changed
		revisions.raise();
		List<StoredItem> all = items.lockByKind(kind);
		List<UUID> ids = all.stream().map(StoredItem::id).toList();
		Map<UUID, StoredItem> byId = all.stream().collect(Collectors.toMap(StoredItem::id, stored -> stored));
		renumber(ItemOrder.arrange(entries(ids, adoptedFrom(ids))).stream().map(byId::get).toList());
	}

	private static List<ItemOrder.Entry> entries(List<UUID> ids, Map<UUID, AdoptedItems.AdoptedFrom> origins) {
		return ids.stream().map(id -> {
			AdoptedItems.AdoptedFrom origin = origins.get(id);
			return origin == null ? ItemOrder.Entry.own(id)
					: ItemOrder.Entry.copy(id, origin.tenant(), origin.itemId(), origin.position());
		}).toList();
	}

	private void renumber(List<StoredItem> ordered) {
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).position() != i + 1) {
				revisions.raise();
				ordered.get(i).moveTo(i + 1);
			}
		}
		items.flush();
	}

	/**
	 * The version in force again, at the item's position: a retired or never published
	 * item has nothing a follower holds.
	 */
	private void announcePlace(StoredItem stored) {
		ItemHistory history = stored.history(json);
		if (history.isRetired()) {
			return;
		}
		history.currentPublished().ifPresent(version -> {
			Instant publishedAt = version.statusChanges()
				.stream()
				.filter(change -> change.status() == ItemStatus.PUBLISHED)
				.reduce((first, second) -> second)
				.map(change -> change.stamp().at())
				.orElseThrow();
			events.publishEvent(new ItemPublished(UUID.randomUUID(), CurrentTenant.require(), stored.id(),
					stored.kind(), version.number(), version.mode(), false, json.write(version.content()), publishedAt,
					stored.position()));
		});
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return items.count() == 0;
	}

	@Transactional(readOnly = true)
	public List<Item> all(ItemKind kind) {
		return items.findByKindOrderByPosition(kind).stream().map(stored -> Item.of(stored, json)).toList();
	}

	/**
	 * The items of a kind in reading order as a reader is shown them, from one query: the
	 * version in force (the public read model) to others, the latest version to members;
	 * no history is read. Copies say where they were adopted from.
	 */
	@Transactional(readOnly = true)
	public List<ItemViews.Shown> shown(ItemKind kind, boolean member, boolean withOrigins) {
		List<ItemRow> found = member ? rows.latest(kind) : rows.published(kind);
		Map<UUID, AdoptedItems.AdoptedFrom> origins = withOrigins
				? adoptedFrom(found.stream().map(ItemRow::id).toList()) : Map.of();
		return found.stream().map(row -> ItemViews.shown(row, origins.get(row.id()))).toList();
	}

	/**
	 * One item as {@link #shown(ItemKind, boolean, boolean)} shows it, if the reader may
	 * see it.
	 */
	@Transactional(readOnly = true)
	public Optional<ItemViews.Shown> shown(ItemKind kind, UUID id, boolean member) {
		return (member ? rows.latest(kind, id) : rows.published(kind, id))
			.map(row -> ItemViews.shown(row, adoptedFrom(List.of(id)).get(id)));
	}

	@Transactional(readOnly = true)
	public Optional<Item> find(ItemKind kind, UUID id) {
		return items.findByIdAndKind(id, kind).map(stored -> Item.of(stored, json));
	}

	/**
	 * Where each of the given items was taken from, for those that are copies of an
	 * upstream item.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, AdoptedItems.AdoptedFrom> adoptedFrom(Collection<UUID> ids) {
		return adopted.map(lookup -> lookup.adoptedFrom(ids)).orElse(Map.of());
	}

	private StoredItem locked(ItemKind kind, UUID id) {
		return items.lockByIdAndKind(id, kind).orElseThrow(() -> ItemRefusal.notFound(kind));
	}

	private Item apply(StoredItem stored, Outcome outcome, String field) {
		if (outcome instanceof Refused refused) {
			throw ItemRefusal.of(refused, field);
		}
		Outcome.Applied applied = (Outcome.Applied) outcome;
		stored.record(applied.changed(), json);
		keepPublished(stored, applied.history());
		revisions.raise();
		items.flush();
		return new Item(stored.id(), stored.kind(), stored.position(), applied.history());
	}

	/**
	 * Keeps the public read model in step with the history, in the same transaction: the
	 * version in force replaces the one shown, and a retired item leaves it (ADR 17).
	 */
	private void keepPublished(StoredItem stored, ItemHistory history) {
		Optional<ItemVersion> inForce = history.currentPublished();
		Optional<PublishedItem> shown = rows.findById(stored.id());
		if (inForce.isEmpty()) {
			shown.ifPresent(rows::delete);
			return;
		}
		ItemVersion version = inForce.get();
		if (shown.isEmpty()) {
			rows.save(new PublishedItem(stored.id(), stored.kind(), version, json.write(version.content())));
		}
		else if (shown.get().number() != version.number()) {
			shown.get().show(version, json.write(version.content()));
		}
	}

}

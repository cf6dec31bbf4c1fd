package org.compacts.compact.item;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.compacts.compact.versioning.Edit;
import org.compacts.compact.versioning.ItemContent;
import org.compacts.compact.versioning.ItemHistory;
import org.compacts.compact.versioning.Mode;
import org.compacts.compact.versioning.Outcome;
import org.compacts.compact.versioning.Refused;
import org.compacts.compact.versioning.Stamp;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared items of the current tenant's compact (the tenant comes from the request, see
 * {@code tenancy}): what the API and the import call. Each operation asks the domain for the outcome
 * and stores only what it says changed; a refusal is thrown as an {@link ItemProblem} and changes nothing.
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

	SharedItems(StoredItems items, ContentJson json) {
		this.items = items;
		this.json = json;
	}

	/** A new item, placed after the others of its kind, its first version a draft. */
	public Item create(ItemKind kind, ItemContent content, Mode mode, Stamp stamp) {
		if (!kind.contentType().isInstance(content)) {
			throw new IllegalArgumentException("a " + kind.label() + " needs " + kind.contentType().getSimpleName());
		}
		StoredItem stored = new StoredItem(kind, items.lastPosition(kind) + 1, ItemHistory.start(content, mode, stamp),
				json);
		return Item.of(items.saveAndFlush(stored), json);
	}

	/** Saves an edit as a new draft version; refused as stale unless it started from the latest one. */
	public Item edit(ItemKind kind, UUID id, Edit edit) {
		StoredItem stored = locked(kind, id);
		return apply(stored, stored.history(json).edit(edit), "startedFrom");
	}

	public Item move(ItemKind kind, UUID id, Move move, int number, Stamp stamp) {
		StoredItem stored = locked(kind, id);
		ItemHistory history = stored.history(json);
		Outcome outcome = switch (move) {
			case CONSULT -> history.sendToConsultation(number, stamp);
			case PUBLISH -> history.publish(number, stamp);
			case WITHDRAW -> history.withdraw(number, stamp);
			case RETIRE -> history.retire(number, stamp);
		};
		return apply(stored, outcome, "version");
	}

	@Transactional(readOnly = true)
	public List<Item> all(ItemKind kind) {
		return items.findByKindOrderByPosition(kind).stream().map(stored -> Item.of(stored, json)).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Item> find(ItemKind kind, UUID id) {
		return items.findByIdAndKind(id, kind).map(stored -> Item.of(stored, json));
	}

	private StoredItem locked(ItemKind kind, UUID id) {
		return items.lockByIdAndKind(id, kind).orElseThrow(() -> ItemProblem.notFound(kind));
	}

	private Item apply(StoredItem stored, Outcome outcome, String field) {
		if (outcome instanceof Refused refused) {
			throw ItemProblem.refused(refused, field);
		}
		Outcome.Applied applied = (Outcome.Applied) outcome;
		stored.record(applied.changed(), json);
		items.flush();
		return new Item(stored.id(), stored.kind(), stored.position(), applied.history());
	}

}

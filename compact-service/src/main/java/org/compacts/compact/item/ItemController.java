package org.compacts.compact.item;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compacts.compact.item.ItemViews.ItemView;
import org.compacts.compact.item.ItemViews.Shown;
import org.compacts.compact.item.ItemViews.VersionView;
import org.compacts.compact.versioning.Comparison;
import org.compacts.compact.versioning.Edit;
import org.compacts.compact.versioning.ItemVersion;
import org.compacts.compact.versioning.Refused;
import org.compacts.compact.versioning.Stamp;
import org.compacts.compact.versioning.VersionDiff;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.security.TenantAccess;
import org.compacts.servicekit.security.TenantRole;
import org.compacts.servicekit.web.Created;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The endpoints every kind of shared item has; a subclass binds the path and the body of
 * its kind. Reads are open and show each reader what {@link ItemViews} allows; writes
 * reach here only from the compact's editors (see the security rules).
 */
abstract class ItemController<R extends ItemRequest> {

	private final SharedItems items;

	private final ItemKind kind;

	private final ContentRevisions revisions;

	ItemController(SharedItems items, ItemKind kind, ContentRevisions revisions) {
		this.items = items;
		this.kind = kind;
		this.revisions = revisions;
	}

	/**
	 * Answered from the read side with a strong ETag of the compact's content revision
	 * (ADR 17): a reader that holds the current list gets 304 after one primary-key read.
	 */
	@GetMapping
	@Operation(summary = "The items in reading order: the latest version to members, the published one to others")
	ResponseEntity<List<Shown>> list(@PathVariable String tenant, Authentication reader, WebRequest request) {
		boolean member = isMember(reader, tenant);
		String etag = ContentEtags.of(member, revisions.current());
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ContentEtags.ok(etag).body(items.shown(kind, member, true));
	}

	/**
	 * The new reading order: every item of the kind, each once. In a district the copies
	 * of upstream items keep their source's order; its own items go where its editors put
	 * them.
	 */
	record OrderRequest(@NotNull @Size(max = 1000) List<@NotNull UUID> ids) {
	}

	@PutMapping("/order")
	@Operation(summary = "Puts the items in a new reading order; followers of this compact reorder their copies")
	List<ItemView> reorder(@PathVariable String tenant, @Valid @RequestBody OrderRequest request,
			Authentication editor) {
		List<SharedItems.Item> ordered = items.reorder(kind, request.ids());
		Map<UUID, AdoptedItems.AdoptedFrom> origins = items
			.adoptedFrom(ordered.stream().map(SharedItems.Item::id).toList());
		return ordered.stream().flatMap(item -> ItemViews.item(item, true, origins.get(item.id())).stream()).toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<Shown> one(@PathVariable String tenant, @PathVariable UUID id, Authentication reader,
			WebRequest request) {
		boolean member = isMember(reader, tenant);
		String etag = ContentEtags.of(member, revisions.current());
		// An item nobody published is as absent as a missing one to whoever may not read
		// drafts.
		Shown shown = items.shown(kind, id, member).orElseThrow(() -> ItemRefusal.notFound(kind));
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ContentEtags.ok(etag).body(shown);
	}

	@PostMapping
	@Operation(summary = "A new item; its first version is a draft")
	ResponseEntity<ItemView> create(@PathVariable String tenant, @Valid @RequestBody R request, Authentication editor) {
		checked(request);
		SharedItems.Item item = items.create(kind, request.content(), request.mode(), stamp(editor));
		return Created.at(item.id()).body(ItemViews.item(item, true).orElseThrow());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Saves a new draft version, refused (409) unless startedFrom is still the latest version")
	ItemView edit(@PathVariable String tenant, @PathVariable UUID id, @Valid @RequestBody R request,
			Authentication editor) {
		if (request.startedFrom() == null) {
			throw ItemRefusal.invalid(List
				.of(new InvalidField("startedFrom", "required: the number of the version this edit started from")));
		}
		checked(request);
		Edit edit = new Edit(request.startedFrom(), request.content(), request.mode(), stamp(editor));
		return view(items.edit(kind, id, edit), true).orElseThrow();
	}

	@PostMapping("/{id}/versions/{number}/consultation")
	@Operation(summary = "Puts a working version to the partners for comment")
	ItemView consult(@PathVariable String tenant, @PathVariable UUID id, @PathVariable int number,
			Authentication editor) {
		return move(id, SharedItems.Move.CONSULT, number, editor);
	}

	@PostMapping("/{id}/versions/{number}/publication")
	@Operation(summary = "Publishes a working version; the version in force until now is superseded")
	ItemView publish(@PathVariable String tenant, @PathVariable UUID id, @PathVariable int number,
			Authentication editor) {
		return move(id, SharedItems.Move.PUBLISH, number, editor);
	}

	@PostMapping("/{id}/versions/{number}/withdrawal")
	@Operation(summary = "Gives up a working version; it stays in the history")
	ItemView withdraw(@PathVariable String tenant, @PathVariable UUID id, @PathVariable int number,
			Authentication editor) {
		return move(id, SharedItems.Move.WITHDRAW, number, editor);
	}

	@PostMapping("/{id}/versions/{number}/retirement")
	@Operation(summary = "Retires the published version and with it the item")
	ItemView retire(@PathVariable String tenant, @PathVariable UUID id, @PathVariable int number,
			Authentication editor) {
		return move(id, SharedItems.Move.RETIRE, number, editor);
	}

	@GetMapping("/{id}/versions")
	@Operation(summary = "Every version with who moved it and when (to members; others see the published ones)")
	List<VersionView> history(@PathVariable String tenant, @PathVariable UUID id, Authentication reader) {
		boolean member = isMember(reader, tenant);
		List<VersionView> versions = ItemViews.history(find(id), member);
		if (versions.isEmpty()) {
			throw ItemRefusal.notFound(kind);
		}
		return versions;
	}

	@GetMapping("/{id}/versions/{number}")
	VersionView version(@PathVariable String tenant, @PathVariable UUID id, @PathVariable int number,
			Authentication reader) {
		boolean member = isMember(reader, tenant);
		return ItemViews.version(visibleVersion(find(id), "number", number, member), member);
	}

	@GetMapping("/{id}/diff")
	@Operation(summary = "What changed from one version to another, field by field, with a plain-text summary")
	DiffView diff(@PathVariable String tenant, @PathVariable UUID id, @RequestParam int from, @RequestParam int to,
			Authentication reader) {
		boolean member = isMember(reader, tenant);
		SharedItems.Item item = find(id);
		visibleVersion(item, "from", from, member);
		visibleVersion(item, "to", to, member);
		Comparison comparison = item.history().diff(from, to);
		if (comparison instanceof Refused refused) {
			throw ItemRefusal.of(refused, "from");
		}
		VersionDiff diff = (VersionDiff) comparison;
		return new DiffView(diff, diff.toPlainText());
	}

	record DiffView(VersionDiff diff, String text) {
	}

	private ItemVersion visibleVersion(SharedItems.Item item, String field, int number, boolean member) {
		if (!member && item.history().versions().stream().noneMatch(ItemViews::isPublic)) {
			throw ItemRefusal.notFound(kind);
		}
		return item.history()
			.version(number)
			.filter(version -> member || ItemViews.isPublic(version))
			.orElseThrow(() -> ItemRefusal.versionNotFound(field, number));
	}

	private ItemView move(UUID id, SharedItems.Move move, int number, Authentication editor) {
		return view(items.move(kind, id, move, number, stamp(editor)), true).orElseThrow();
	}

	private Optional<ItemView> view(SharedItems.Item item, boolean member) {
		return ItemViews.item(item, member, items.adoptedFrom(List.of(item.id())).get(item.id()));
	}

	private SharedItems.Item find(UUID id) {
		return items.find(kind, id).orElseThrow(() -> ItemRefusal.notFound(kind));
	}

	private static void checked(ItemRequest request) {
		List<InvalidField> problems = request.problems();
		if (!problems.isEmpty()) {
			throw ItemRefusal.invalid(problems);
		}
	}

	private static boolean isMember(Authentication reader, String tenant) {
		return TenantAccess.allows(reader, tenant, TenantRole.MEMBER);
	}

	private static Stamp stamp(Authentication editor) {
		return new Stamp(editor.getName(), Instant.now());
	}

}

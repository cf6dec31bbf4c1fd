package org.compacts.compact.item;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import org.compacts.compact.versioning.ItemContent;
import org.compacts.compact.versioning.ItemStatus;
import org.compacts.compact.versioning.ItemVersion;
import org.compacts.compact.versioning.Mode;
import org.jspecify.annotations.Nullable;

/**
 * What a reader is shown of an item. Members of the compact see everything, drafts
 * included; anyone else sees only versions that were published (the one in force, and
 * earlier ones it superseded), and not who wrote them.
 */
public final class ItemViews {

	private ItemViews() {
	}

	/**
	 * @param version the number of the version shown: the latest to a member, the
	 * published one to others
	 * @param publishedVersion the version in force, if any
	 * @param adoptedFrom the upstream item this one is a copy of, and the version it last
	 * took; absent for an item of this compact's own
	 */
	public record ItemView(UUID id, ItemKind kind, int position, int version, ItemStatus status, Mode mode,
			ItemContent content, Integer publishedVersion, int latestVersion,
			@JsonInclude(JsonInclude.Include.NON_NULL) AdoptedItems.AdoptedFrom adoptedFrom) {

	}

	/**
	 * An {@link ItemView} as the lists, one item's read and the document answer it, made
	 * from the read side ({@link ItemRow}) without a history: the same JSON, with the
	 * content passed on as stored instead of parsed and written again.
	 */
	public record Shown(UUID id, ItemKind kind, int position, int version, ItemStatus status, Mode mode,
			@JsonRawValue String content, @Nullable Integer publishedVersion, int latestVersion,
			@JsonInclude(JsonInclude.Include.NON_NULL) AdoptedItems.@Nullable AdoptedFrom adoptedFrom) {

	}

	static Shown shown(ItemRow row, AdoptedItems.@Nullable AdoptedFrom adoptedFrom) {
		return new Shown(row.id(), row.kind(), row.position(), row.number(), row.status(), row.mode(), row.content(),
				row.publishedVersion(), row.latestVersion(), adoptedFrom);
	}

	record VersionView(int number, ItemStatus status, Mode mode, ItemContent content,
			List<StatusChangeView> statusChanges) {

	}

	/**
	 * @param by the username of whoever made the change; shown to members only
	 */
	record StatusChangeView(ItemStatus status, String by, Instant at) {

	}

	public static Optional<ItemView> item(SharedItems.Item item, boolean member) {
		return item(item, member, null);
	}

	static Optional<ItemView> item(SharedItems.Item item, boolean member, AdoptedItems.AdoptedFrom adoptedFrom) {
		Optional<ItemVersion> shown = member ? Optional.of(item.history().latest()) : item.history().currentPublished();
		Integer published = item.history().currentPublished().map(ItemVersion::number).orElse(null);
		return shown
			.map(version -> new ItemView(item.id(), item.kind(), item.position(), version.number(), version.status(),
					version.mode(), version.content(), published, item.history().latest().number(), adoptedFrom));
	}

	static boolean isPublic(ItemVersion version) {
		return version.statusChanges().stream().anyMatch(change -> change.status() == ItemStatus.PUBLISHED);
	}

	static List<VersionView> history(SharedItems.Item item, boolean member) {
		return item.history()
			.versions()
			.stream()
			.filter(version -> member || isPublic(version))
			.map(version -> version(version, member))
			.toList();
	}

	static VersionView version(ItemVersion version, boolean member) {
		return new VersionView(version.number(), version.status(), version.mode(), version.content(),
				version.statusChanges()
					.stream()
					.map(change -> new StatusChangeView(change.status(), member ? change.stamp().by() : null,
							change.stamp().at()))
					.toList());
	}

}

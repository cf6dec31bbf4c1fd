package org.compacts.compact.versioning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One version of a shared item: its number, its content and mode (both fixed once
 * written), and every status it passed through with who and when. The first status change
 * is its creation as a draft, so author and creation time are never stored twice.
 */
public record ItemVersion(int number, ItemContent content, Mode mode, List<StatusChange> statusChanges) {

	public ItemVersion {
		Objects.requireNonNull(content, "content");
		Objects.requireNonNull(mode, "mode");
		statusChanges = List.copyOf(statusChanges);
		if (number < 1) {
			throw new IllegalArgumentException("versions are numbered from 1: " + number);
		}
		if (statusChanges.isEmpty() || statusChanges.get(0).status() != ItemStatus.DRAFT) {
			throw new IllegalArgumentException("a version starts as a draft: v" + number);
		}
	}

	static ItemVersion drafted(int number, ItemContent content, Mode mode, Stamp stamp) {
		return new ItemVersion(number, content, mode, List.of(new StatusChange(ItemStatus.DRAFT, stamp)));
	}

	public ItemStatus status() {
		return statusChanges.get(statusChanges.size() - 1).status();
	}

	/** The username of whoever wrote this version. */
	public String author() {
		return statusChanges.get(0).stamp().by();
	}

	public Instant createdAt() {
		return statusChanges.get(0).stamp().at();
	}

	ItemVersion movedTo(ItemStatus status, Stamp stamp) {
		List<StatusChange> changes = new ArrayList<>(statusChanges);
		changes.add(new StatusChange(status, stamp));
		return new ItemVersion(number, content, mode, changes);
	}

}

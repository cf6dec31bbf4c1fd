package org.compacts.compact.item;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StoredItems extends JpaRepository<StoredItem, UUID> {

	@EntityGraph(attributePaths = "versions")
	List<StoredItem> findByKindOrderByPosition(ItemKind kind);

	Optional<StoredItem> findByIdAndKind(UUID id, ItemKind kind);

	/**
	 * The item, locked until the transaction ends: operations on one item take turns, so
	 * the second of two concurrent edits sees the first and is refused as stale instead
	 * of failing on a constraint.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from StoredItem i where i.id = :id and i.kind = :kind")
	Optional<StoredItem> lockByIdAndKind(UUID id, ItemKind kind);

	/**
	 * Every item of the kind in reading order, locked until the transaction ends: a
	 * reordering and an apply that moves a copy take turns, so neither renumbers a list
	 * the other is renumbering.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from StoredItem i where i.kind = :kind order by i.position, i.createdAt, i.id")
	List<StoredItem> lockByKind(ItemKind kind);

	@Query("select coalesce(max(i.position), 0) from StoredItem i where i.kind = :kind")
	int lastPosition(ItemKind kind);

}

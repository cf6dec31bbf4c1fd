package org.compacts.compact.item;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The read side of the shared items: one query per list, the version shown joined to its
 * item, no history rebuilt. Public reads come from {@link PublishedItem}; members read
 * the latest version, and the number in force from the read model too.
 */
interface ItemRows extends JpaRepository<PublishedItem, UUID> {

	@Query("""
			select new org.compacts.compact.item.ItemRow(i.id, i.kind, i.position, p.number, p.mode, p.content,
			  i.latestNumber)
			from PublishedItem p join StoredItem i on i.id = p.id
			where i.kind = :kind order by i.position""")
	List<ItemRow> published(ItemKind kind);

	@Query("""
			select new org.compacts.compact.item.ItemRow(i.id, i.kind, i.position, p.number, p.mode, p.content,
			  i.latestNumber)
			from PublishedItem p join StoredItem i on i.id = p.id
			where i.id = :id and i.kind = :kind""")
	Optional<ItemRow> published(ItemKind kind, UUID id);

	@Query("""
			select new org.compacts.compact.item.ItemRow(i.id, i.kind, i.position, v.number, v.status, v.mode,
			  v.content, p.number, i.latestNumber)
			from StoredItem i join StoredVersion v on v.item = i and v.number = i.latestNumber
			  left join PublishedItem p on p.id = i.id
			where i.kind = :kind order by i.position""")
	List<ItemRow> latest(ItemKind kind);

	@Query("""
			select new org.compacts.compact.item.ItemRow(i.id, i.kind, i.position, v.number, v.status, v.mode,
			  v.content, p.number, i.latestNumber)
			from StoredItem i join StoredVersion v on v.item = i and v.number = i.latestNumber
			  left join PublishedItem p on p.id = i.id
			where i.id = :id and i.kind = :kind""")
	Optional<ItemRow> latest(ItemKind kind, UUID id);

}

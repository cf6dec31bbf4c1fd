package org.compacts.compact.item;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the other parts of a compact may ask of its codes of practice: which ids are codes
 * of this compact. A signatory names the codes it signed by id, whatever state their
 * versions are in.
 */
@Component
public class CodesOfPractice {

	private final EntityManager entities;

	CodesOfPractice(EntityManager entities) {
		this.entities = entities;
	}

	/**
	 * The ids among these that are codes of practice of this compact; another compact's
	 * are not.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> knownAmong(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(
				entities.createQuery("SELECT i.id FROM StoredItem i WHERE i.kind = :kind AND i.id IN :ids", UUID.class)
					.setParameter("kind", ItemKind.CODE)
					.setParameter("ids", ids)
					.getResultList());
	}

}

package org.compacts.compact.item;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.compacts.compact.tenancy.CurrentTenant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter per compact that every change to its items raises: the validator of what the
 * item lists and the document show (their ETags, ADR 17), read in one primary-key lookup,
 * so a conditional GET that finds nothing changed reads no content. Raised once per
 * transaction, just before it commits: the counter's row lock is then the last lock a
 * writer takes, held only while it commits, so writers that lock items in different
 * orders never come to wait on each other through it.
 */
@Component
public class ContentRevisions {

	@PersistenceContext
	private EntityManager entities;

	/** Raises the current compact's revision when the current transaction commits. */
	public void raise() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(Raise.class::isInstance)) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new Raise(CurrentTenant.require()));
	}

	/** The current compact's revision: 0 until its content first changes. */
	@Transactional(readOnly = true)
	public long current() {
		return ((Number) entities
			.createNativeQuery("SELECT coalesce(max(revision), 0) FROM content_revision WHERE tenant_id = ?1")
			.setParameter(1, CurrentTenant.require())
			.getSingleResult()).longValue();
	}

	private final class Raise implements TransactionSynchronization {

		private final String tenant;

		Raise(String tenant) {
			this.tenant = tenant;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			entities
				.createNativeQuery("INSERT INTO content_revision (tenant_id, revision) VALUES (?1, 1) "
						+ "ON CONFLICT (tenant_id) DO UPDATE SET revision = content_revision.revision + 1")
				.setParameter(1, tenant)
				.executeUpdate();
		}

	}

}

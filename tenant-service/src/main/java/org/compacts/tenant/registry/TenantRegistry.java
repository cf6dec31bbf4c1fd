package org.compacts.tenant.registry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.compacts.contracts.tenant.TenantAdoptionChanged;
import org.compacts.contracts.tenant.TenantArchived;
import org.compacts.contracts.tenant.TenantCreated;
import org.compacts.contracts.tenant.TenantEvent;
import org.compacts.contracts.tenant.TenantLevel;
import org.compacts.contracts.tenant.TenantParentChanged;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.tenant.actor.CurrentActor;
import org.compacts.tenant.registry.TenantRequests.CreateTenant;
import org.compacts.tenant.registry.TenantRequests.UpdateTenant;
import org.compacts.tenant.registry.TenantResponses.ChangeDetails;
import org.compacts.tenant.registry.TenantResponses.TenantDetails;
import org.compacts.tenant.registry.Verdict.Refused;

import org.hibernate.exception.ConstraintViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to the registry: checked against the {@link FederationRules} before
 * anything is written, recorded in {@code tenant_change} (who and when), and announced as
 * a tenant event raised in the same transaction, which Spring Modulith's event
 * publication registry records with the change and sends once it commits
 * ({@link TenantEventsExternalization}). A refused request changes nothing.
 */
@Service
@Transactional
class TenantRegistry {

	private final Tenants tenants;

	private final TenantChanges changes;

	private final ApplicationEventPublisher events;

	private final CurrentActor actor;

	private final FederationRules rules;

	TenantRegistry(Tenants tenants, TenantChanges changes, ApplicationEventPublisher events, CurrentActor actor) {
		this.tenants = tenants;
		this.changes = changes;
		this.events = events;
		this.actor = actor;
		this.rules = new FederationRules(slug -> tenants.findBySlug(slug).map(Tenant::node));
	}

	@Transactional(readOnly = true)
	List<TenantDetails> list(boolean includeArchived) {
		List<Tenant> found = includeArchived ? tenants.findAllByOrderBySlug()
				: tenants.findByArchivedAtIsNullOrderBySlug();
		return found.stream().map(TenantDetails::of).toList();
	}

	@Transactional(readOnly = true)
	TenantDetails get(String slug) {
		return TenantDetails.of(existing(slug));
	}

	@Transactional(readOnly = true)
	List<ChangeDetails> changes(String slug) {
		return changes.findByTenantIdOrderByChangedAtAscIdAsc(existing(slug).id())
			.stream()
			.map(ChangeDetails::of)
			.toList();
	}

	TenantDetails create(CreateTenant request) {
		String parentSlug = request.parent();
		if (Slugs.RESERVED.contains(request.slug())) {
			throw TenantRequestRefused.reservedSlug(request.slug());
		}
		if (tenants.existsBySlug(request.slug())) {
			throw TenantRequestRefused.slugTaken(request.slug());
		}
		Tenant parent = lockedAsParent(parentSlug);
		check(rules.placing(new Placement(request.slug(), request.level(), parentSlug, request.adoption())));
		Instant now = now();
		Tenant tenant = new Tenant(request.slug(), request.name().strip(), request.level(), parent, request.adoption(),
				request.profile(), now);
		try {
			tenants.save(tenant);
			tenants.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// another request took the slug between our check and our insert (the
			// transaction is spoilt
			// now: the constraint's name is all there is to go by)
			if (violates(ex, "tenant_slug_key")) {
				throw TenantRequestRefused.slugTaken(request.slug());
			}
			throw ex;
		}
		String who = actor.name();
		if (parentSlug != null) {
			record(tenant, TenantChange.PARENT, null, parentSlug, who, now);
		}
		record(tenant, TenantChange.ADOPTION, null, tenant.adoption().name(), who, now);
		publish(new TenantCreated(UUID.randomUUID(), tenant.slug(), now, TenantEvent.SCHEMA_VERSION, tenant.name(),
				level(tenant), tenant.parentSlug(), adoption(tenant.adoption())));
		return TenantDetails.of(tenant);
	}

	/**
	 * Replaces the tenant's name, profile, parent and adoption, provided the client read
	 * the version that is current ({@code ifMatch}): otherwise someone else's change
	 * would be lost, and it is refused.
	 */
	TenantDetails update(String slug, ExpectedVersion ifMatch, UpdateTenant request) {
		Tenant tenant = existing(slug);
		ifMatch.require(tenant.version());
		if (tenant.isArchived()) {
			throw TenantRequestRefused.archived(slug);
		}
		String parentSlug = request.parent();
		String oldParent = tenant.parentSlug();
		Adoption oldAdoption = tenant.adoption();
		boolean parentChanged = !Objects.equals(oldParent, parentSlug);
		boolean adoptionChanged = oldAdoption != request.adoption();
		// every read before the first change: a query would flush a half-made change on
		// its own
		Tenant parent = parentChanged ? lockedAsParent(parentSlug) : tenant.parent();
		check(rules.placing(new Placement(slug, tenant.level(), parentSlug, request.adoption())));

		tenant.rename(request.name().strip());
		tenant.describe(request.profile());
		tenant.moveUnder(parent);
		tenant.adopt(request.adoption());
		flushChecked(tenant);

		Instant now = now();
		String who = actor.name();
		List<TenantEvent> raised = new ArrayList<>();
		if (parentChanged) {
			record(tenant, TenantChange.PARENT, oldParent, parentSlug, who, now);
			raised.add(new TenantParentChanged(UUID.randomUUID(), slug, now, TenantEvent.SCHEMA_VERSION, level(tenant),
					oldParent, parentSlug, adoption(tenant.adoption())));
		}
		if (adoptionChanged) {
			record(tenant, TenantChange.ADOPTION, oldAdoption.name(), tenant.adoption().name(), who, now);
			raised.add(new TenantAdoptionChanged(UUID.randomUUID(), slug, now, TenantEvent.SCHEMA_VERSION,
					level(tenant), tenant.parentSlug(), adoption(oldAdoption), adoption(tenant.adoption())));
		}
		raised.forEach(this::publish);
		return TenantDetails.of(tenant);
	}

	/**
	 * Archives a tenant: it stays, readable, with its history, but can no longer change
	 * or be a parent. Archiving an archived tenant changes nothing. {@code ifMatch} is
	 * checked only when stated: archiving loses no one's edit.
	 */
	TenantDetails archive(String slug, ExpectedVersion ifMatch) {
		Tenant tenant = tenants.findForUpdateBySlug(slug).orElseThrow(() -> TenantRequestRefused.noSuchTenant(slug));
		ifMatch.requireIfStated(tenant.version());
		if (tenant.isArchived()) {
			return TenantDetails.of(tenant);
		}
		List<String> activeChildren = tenants.findByParentAndArchivedAtIsNullOrderBySlug(tenant)
			.stream()
			.map(Tenant::slug)
			.toList();
		Verdict verdict = rules.archiving(tenant.node(), activeChildren);
		if (verdict instanceof Refused refused) {
			throw TenantRequestRefused.archiveBlocked(refused.violations());
		}
		Instant now = now();
		tenant.archive(now);
		flushChecked(tenant);
		record(tenant, TenantChange.ARCHIVED, null, now.toString(), actor.name(), now);
		publish(new TenantArchived(UUID.randomUUID(), slug, now, TenantEvent.SCHEMA_VERSION, level(tenant),
				tenant.parentSlug(), adoption(tenant.adoption())));
		return TenantDetails.of(tenant);
	}

	/**
	 * Tenants are never deleted; this only tells a caller so, after checking the tenant
	 * is there.
	 */
	void refuseDelete(String slug) {
		existing(slug);
		throw TenantRequestRefused.archiveInstead(slug);
	}

	/**
	 * The tenant that is to be a parent, read under a share lock before the rules look at
	 * it: an archiving of it waits for this transaction, or this one waits for the
	 * archiving and then sees it archived. Null when there is to be no parent or no such
	 * tenant (the rules report that).
	 */
	private Tenant lockedAsParent(String parentSlug) {
		return parentSlug == null ? null : tenants.findForShareBySlug(parentSlug).orElse(null);
	}

	private Tenant existing(String slug) {
		return tenants.findBySlug(slug).orElseThrow(() -> TenantRequestRefused.noSuchTenant(slug));
	}

	private static void check(Verdict verdict) {
		if (verdict instanceof Refused refused) {
			throw TenantRequestRefused.rulesBroken(refused.violations());
		}
	}

	/**
	 * Writes the change now, so that a writer who read the same version and committed
	 * first is noticed here (the version no longer matches) rather than overwritten.
	 */
	private void flushChecked(Tenant tenant) {
		try {
			tenants.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw ExpectedVersion.stale("The tenant '" + tenant.slug() + "' was changed by someone else since you read "
					+ "it: read it again, and apply your change to what is there.", null);
		}
	}

	private static boolean violates(Exception ex, String constraint) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation
					&& constraint.equalsIgnoreCase(violation.getConstraintName())) {
				return true;
			}
		}
		return false;
	}

	private void record(Tenant tenant, String field, String oldValue, String newValue, String who, Instant now) {
		changes.save(new TenantChange(tenant.id(), field, oldValue, newValue, who, now));
	}

	private void publish(TenantEvent event) {
		events.publishEvent(event);
	}

	/** PostgreSQL keeps microseconds: what we answer is what a later read gives. */
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	private static TenantLevel level(Tenant tenant) {
		return TenantLevel.valueOf(tenant.level().name());
	}

	private static org.compacts.contracts.tenant.Adoption adoption(Adoption adoption) {
		return org.compacts.contracts.tenant.Adoption.valueOf(adoption.name());
	}

}

package org.compacts.compact.rollup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.compact.federation.Federation;
import org.compacts.compact.indicator.IndicatorRollup;
import org.compacts.compact.item.AdoptedItems.AdoptedFrom;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.ItemLinks;
import org.compacts.compact.item.ItemViews;
import org.compacts.compact.item.SharedItems;
import org.compacts.compact.plan.PlanRollup;
import org.compacts.compact.tenancy.CurrentTenant;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a county's roll-up: the county's own items in its tenant (the request's), then
 * each follower in the follower's tenant, one read-only transaction each, so that every
 * query runs under the row-level security of the one tenant it reads.
 */
@Component
class CountyRollup {

	record Rollup(String county, @Nullable String period, List<District> districts, List<Code> codes) {
	}

	/**
	 * @param byStatus every status, each counted
	 * @param indicators every RAG, each counted
	 */
	record District(String tenant, List<PlanRollup.Plan> plans, int actions, Map<String, Integer> byStatus, int overdue,
			int percentDone, Map<String, Integer> indicators) {
	}

	/**
	 * @param districts per follower, by slug: its actions that put its copy to work
	 */
	record Code(UUID itemId, ItemKind kind, String title, Map<String, Integer> districts) {
	}

	private final Federation federation;

	private final SharedItems items;

	private final ItemLinks links;

	private final PlanRollup plans;

	private final IndicatorRollup indicators;

	private final TransactionTemplate eachInItsOwn;

	CountyRollup(Federation federation, SharedItems items, ItemLinks links, PlanRollup plans,
			IndicatorRollup indicators, PlatformTransactionManager transactions) {
		this.federation = federation;
		this.items = items;
		this.links = links;
		this.plans = plans;
		this.indicators = indicators;
		this.eachInItsOwn = new TransactionTemplate(transactions);
		this.eachInItsOwn.setReadOnly(true);
		// never joins a transaction of another tenant's: a new one, with a connection set
		// to the follower's
		this.eachInItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	Rollup of(String county, @Nullable String period) {
		plans.requirePeriod(period);
		List<ItemLinks.Link> own = ownPublishedItems();
		List<District> districts = new ArrayList<>();
		Map<UUID, Map<String, Integer>> byItem = new LinkedHashMap<>();
		own.forEach(item -> byItem.put(item.itemId(), new LinkedHashMap<>()));
		for (String follower : federation.followersOf(county)) {
			Read read = CurrentTenant.callAs(follower,
					() -> eachInItsOwn.execute(status -> read(follower, county, period)));
			districts.add(read.district());
			byItem.forEach((item, counts) -> counts.put(follower, read.actionsByCountyItem().getOrDefault(item, 0)));
		}
		List<Code> codes = own.stream()
			.map(item -> new Code(item.itemId(), item.kind(), item.title(), byItem.get(item.itemId())))
			.toList();
		return new Rollup(county, period, districts, codes);
	}

	/**
	 * The county's principles and codes, in its order, as a follower may take them: its
	 * own (not its copies of national's), published at least once.
	 */
	private List<ItemLinks.Link> ownPublishedItems() {
		List<UUID> published = new ArrayList<>();
		for (ItemKind kind : ItemKind.values()) {
			items.all(kind)
				.stream()
				.filter(item -> ItemViews.item(item, false).isPresent())
				.forEach(item -> published.add(item.id()));
		}
		return links.of(published).stream().filter(link -> link.source() == null).toList();
	}

	/** In the follower's tenant and transaction. */
	private Read read(String follower, String county, @Nullable String period) {
		PlanRollup.Summary summary = plans.sharedWithCounty(period);
		Map<UUID, AdoptedFrom> origins = items.adoptedFrom(summary.actionsByItem().keySet());
		Map<UUID, Integer> byCountyItem = new LinkedHashMap<>();
		summary.actionsByItem().forEach((copy, actions) -> {
			AdoptedFrom origin = origins.get(copy);
			if (origin != null && origin.tenant().equals(county)) {
				byCountyItem.merge(origin.itemId(), actions, Integer::sum);
			}
		});
		District district = new District(follower, summary.plans(), summary.actions(), summary.byStatus(),
				summary.overdue(), summary.percentDone(), indicators.sharedWithCountyByRag());
		return new Read(district, byCountyItem);
	}

	private record Read(District district, Map<UUID, Integer> actionsByCountyItem) {
	}

}

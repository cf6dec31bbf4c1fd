package org.compacts.portal.federation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.compacts.portal.backend.Services;
import org.compacts.portal.federation.FollowersView.Followers;
import org.compacts.portal.federation.FollowersView.Item;
import org.compacts.portal.federation.FollowersView.Tenant;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the followers page reads, as the visitor: sync-service for where each follower
 * stands, compact-service for the items' titles and the followers' copies, tenant-service
 * for names.
 */
@Component
class FollowerReads {

	private final Services services;

	FollowerReads(Services services) {
		this.services = services;
	}

	Followers followers(String slug) {
		return Services.read(services.sync().get().uri("/api/t/{slug}/sync/followers", slug), Followers.class);
	}

	/** The compact's principles, then its codes, each in reading order. */
	List<Item> items(String slug) {
		return Stream.of("principles", "codes").flatMap(kind -> collection(slug, kind).stream()).toList();
	}

	Map<String, String> names() {
		return FollowersView
			.names(List.of(Services.read(services.tenants().get().uri("/api/tenants"), Tenant[].class)));
	}

	/**
	 * Each follower's published copies, by the item they copy. A follower whose items
	 * cannot be read (archived meanwhile) just gets no links.
	 */
	Map<String, Map<UUID, Item>> copies(Set<String> followers) {
		return followers.stream().collect(Collectors.toMap(follower -> follower, this::copiesOf));
	}

	private Map<UUID, Item> copiesOf(String follower) {
		try {
			return FollowersView.byUpstream(items(follower));
		}
		catch (ResponseStatusException ex) {
			return Map.of();
		}
	}

	private List<Item> collection(String slug, String kind) {
		return Arrays
			.asList(Services.read(services.compacts().get().uri("/api/t/{slug}/{kind}", slug, kind), Item[].class));
	}

}

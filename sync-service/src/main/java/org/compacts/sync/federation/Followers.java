package org.compacts.sync.federation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who receives whose shared items, worked out from a snapshot of the federation graph.
 *
 * <p>
 * A tenant receives its parent's items when it follows its parent (adopts its compact, is
 * not archived, is not standalone) and the parent is known and not archived; and it
 * receives, through the parent, what the parent receives: national → county → district.
 * Nothing flows sideways, so a district never receives another county's items. A cycle in
 * the graph (which tenant-service forbids) ends the walk instead of looping.
 */
public final class Followers {

	private final Map<String, FederationMember> members;

	private final Map<String, List<FederationMember>> childrenOf;

	private Followers(Map<String, FederationMember> members) {
		this.members = Map.copyOf(members);
		Map<String, List<FederationMember>> children = new HashMap<>();
		for (FederationMember member : members.values()) {
			if (member.parentSlug() != null) {
				children.computeIfAbsent(member.parentSlug(), parent -> new ArrayList<>()).add(member);
			}
		}
		this.childrenOf = children;
	}

	public static Followers in(Collection<FederationMember> graph) {
		Map<String, FederationMember> members = new HashMap<>();
		graph.forEach(member -> members.put(member.slug(), member));
		return new Followers(members);
	}

	/** The same graph with one tenant added or replaced. */
	public Followers with(FederationMember member) {
		Map<String, FederationMember> changed = new HashMap<>(members);
		changed.put(member.slug(), member);
		return new Followers(changed);
	}

	/**
	 * Every tenant that receives the source's items, directly or through a tenant in
	 * between; sorted.
	 */
	public Set<String> of(String source) {
		Set<String> followers = new TreeSet<>();
		if (!canPassOn(source)) {
			return followers;
		}
		Set<String> visited = new HashSet<>(Set.of(source));
		List<String> frontier = List.of(source);
		while (!frontier.isEmpty()) {
			List<String> next = new ArrayList<>();
			for (String parent : frontier) {
				for (FederationMember child : childrenOf.getOrDefault(parent, List.of())) {
					if (child.followsParent() && visited.add(child.slug())) {
						followers.add(child.slug());
						next.add(child.slug());
					}
				}
			}
			frontier = next;
		}
		return followers;
	}

	/**
	 * The tenants whose items this one receives, nearest first: its parent, its parent's
	 * parent, ...
	 */
	public List<String> sourcesOf(String tenant) {
		Set<String> sources = new LinkedHashSet<>();
		Set<String> visited = new HashSet<>(Set.of(tenant));
		FederationMember current = members.get(tenant);
		while (current != null && current.followsParent() && canPassOn(current.parentSlug())
				&& visited.add(current.parentSlug())) {
			sources.add(current.parentSlug());
			current = members.get(current.parentSlug());
		}
		return List.copyOf(sources);
	}

	public boolean knows(String tenant) {
		return members.containsKey(tenant);
	}

	/**
	 * What changed for each tenant between two snapshots: the sources it now receives and
	 * did not before, and those it no longer receives. Tenants with no change are left
	 * out.
	 */
	public static List<Change> changes(Followers before, Followers after) {
		Set<String> tenants = new TreeSet<>(before.members.keySet());
		tenants.addAll(after.members.keySet());
		List<Change> changes = new ArrayList<>();
		for (String tenant : tenants) {
			List<String> was = before.sourcesOf(tenant);
			List<String> is = after.sourcesOf(tenant);
			List<String> gained = is.stream().filter(source -> !was.contains(source)).toList();
			List<String> lost = was.stream().filter(source -> !is.contains(source)).toList();
			if (!gained.isEmpty() || !lost.isEmpty()) {
				changes.add(new Change(tenant, gained, lost));
			}
		}
		return changes;
	}

	/** A known tenant that is not archived: one that can be followed. */
	private boolean canPassOn(String tenant) {
		FederationMember member = members.get(tenant);
		return member != null && !member.archived();
	}

	/**
	 * A tenant starts receiving the items of {@code gained} and stops receiving those of
	 * {@code lost}.
	 */
	public record Change(String tenant, List<String> gained, List<String> lost) {
	}

}

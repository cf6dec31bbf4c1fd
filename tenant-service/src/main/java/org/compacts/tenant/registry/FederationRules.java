package org.compacts.tenant.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of the federation graph: national above county above district; standalone
 * compacts on their own. A rule that does not hold is a {@link Violation} in the verdict,
 * never an exception, so a caller can report every reason at once.
 */
final class FederationRules {

	static final String PARENT = "parentSlug";

	static final String ADOPTION = "adoption";

	private final Function<String, Optional<TenantNode>> graph;

	/**
	 * @param graph finds a tenant by its slug, as it is stored now
	 */
	FederationRules(Function<String, Optional<TenantNode>> graph) {
		this.graph = graph;
	}

	/** May a tenant (new, or existing and moving) take this place in the graph? */
	Verdict placing(Placement placement) {
		List<Violation> violations = new ArrayList<>();
		Level level = placement.level();
		String parentSlug = placement.parentSlug();
		if (parentSlug == null) {
			if (level == Level.DISTRICT) {
				violations.add(new Violation(PARENT, "a district must have a county as its parent"));
			}
			if (placement.adoption() != Adoption.KEEPS_OWN && level != Level.STANDALONE) {
				violations.add(new Violation(ADOPTION, "a tenant without a parent keeps its own compact (KEEPS_OWN)"));
			}
		}
		else {
			if (level == Level.NATIONAL || level == Level.STANDALONE) {
				violations.add(new Violation(PARENT, "a " + name(level) + " compact has no parent"));
			}
			Optional<TenantNode> parent = graph.apply(parentSlug);
			if (parent.isEmpty()) {
				violations.add(new Violation(PARENT, "no tenant has the slug '" + parentSlug + "'"));
			}
			else {
				violations.addAll(parentViolations(placement, parent.get()));
			}
		}
		if (level == Level.STANDALONE && placement.adoption() != Adoption.KEEPS_OWN) {
			violations.add(new Violation(ADOPTION, "a standalone compact keeps its own compact (KEEPS_OWN)"));
		}
		return Verdict.of(violations);
	}

	/** May this tenant be archived, given its children that are not archived? */
	Verdict archiving(TenantNode tenant, List<String> activeChildren) {
		if (activeChildren.isEmpty()) {
			return Verdict.of(List.of());
		}
		return Verdict.of(List.of(new Violation("children", "an archived tenant cannot be a parent: archive or move "
				+ String.join(", ", activeChildren) + " first")));
	}

	private List<Violation> parentViolations(Placement placement, TenantNode parent) {
		List<Violation> violations = new ArrayList<>();
		if (parent.archived()) {
			violations.add(new Violation(PARENT, "'" + parent.slug() + "' is archived and cannot be a parent"));
		}
		if (placement.level() == Level.DISTRICT && parent.level() != Level.COUNTY) {
			violations.add(new Violation(PARENT,
					"a district's parent must be a county, and '" + parent.slug() + "' is " + article(parent.level())));
		}
		if (placement.level() == Level.COUNTY && parent.level() != Level.NATIONAL) {
			violations.add(new Violation(PARENT,
					"a county's parent must be national, and '" + parent.slug() + "' is " + article(parent.level())));
		}
		cycleThrough(placement.slug(), parent)
			.ifPresent(path -> violations.add(new Violation(PARENT, "this would make a cycle: " + path)));
		return violations;
	}

	/**
	 * The path back to the tenant when it would become its own ancestor; walks up from
	 * the new parent.
	 */
	private Optional<String> cycleThrough(String slug, TenantNode parent) {
		List<String> path = new ArrayList<>(List.of(slug));
		Set<String> seen = new HashSet<>(path);
		Optional<TenantNode> current = Optional.of(parent);
		while (current.isPresent()) {
			TenantNode node = current.get();
			path.add(node.slug());
			if (node.slug().equals(slug)) {
				return Optional.of(String.join(" -> ", path));
			}
			if (!seen.add(node.slug())) {
				// a cycle above that does not pass through this tenant: not this change's
				// doing, but the walk ends
				return Optional.empty();
			}
			current = node.parentSlug() == null ? Optional.empty() : graph.apply(node.parentSlug());
		}
		return Optional.empty();
	}

	private static String name(Level level) {
		return level.name().toLowerCase(Locale.ROOT);
	}

	private static String article(Level level) {
		return (level == Level.NATIONAL ? "national" : "a " + name(level));
	}

}

package org.compacts.portal.workspace;

import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The workspace's pages in the groups its navigation shows: one row of groups, and the
 * pages of the current page's group under it. Twenty-odd pages in one row wrapped onto
 * three lines and hid where one was; the groups follow the work (the compact's text, its
 * people, its plans, its meetings and logs, the county and its districts). A page a
 * visitor cannot use here is left out, and a group left empty with it.
 */
@Component
public class WorkspaceNav {

	/**
	 * @param key what a page passes as its "current" entry
	 * @param path under the compact's workspace
	 */
	public record Page(String key, String label, String path) {
	}

	public record Group(String label, List<Page> pages) {

		public Page first() {
			return pages.get(0);
		}

		public boolean holds(@Nullable String key) {
			return pages.stream().anyMatch(page -> page.key().equals(key));
		}

	}

	private record Entry(Page page, Predicate<Here> shown) {
	}

	private record Section(String label, List<Entry> entries) {
	}

	private static final Predicate<Here> EVERYONE = here -> true;

	private static final List<Section> SECTIONS = List.of(
			new Section("Dashboard", List.of(entry("dashboard", "Dashboard", ""))),
			new Section("The compact",
					List.of(entry("items", "Principles and codes", "/items"),
							entry("sections", "Document", "/sections"), entry("glossary", "Glossary", "/glossary"),
							entry("consultations", "Consultations", "/consultations"))),
			new Section("People", List.of(entry("contacts", "Contacts", "/contacts"),
					entry("signatories", "Signatories", "/organisations"),
					entry("champions", "Champions", "/champions"), entry("marks", "Quality mark", "/self-assessments"),
					new Entry(new Page("members", "Members", "/members"), Here::canManageMembers))),
			new Section("Plans and funding",
					List.of(entry("plans", "Action plans", "/plans"), entry("indicators", "Indicators", "/indicators"),
							entry("funding", "Funding", "/funding"))),
			new Section("Meetings and logs",
					List.of(entry("meetings", "Meetings", "/meetings"), entry("updates", "Updates", "/updates"),
							entry("steering", "Steering group", "/steering-group"),
							entry("reviews", "Annual reviews", "/reviews"),
							entry("suggestions", "Suggested amendments", "/suggestions"),
							entry("disputes", "Disputes", "/disputes"), entry("successes", "Successes", "/successes"))),
			new Section("County and districts",
					List.of(new Entry(new Page("rollup", "County roll-up", "/rollup"), Here::isFollowed),
							new Entry(new Page("followers", "Followers", "/followers"), Here::isFollowed),
							new Entry(new Page("conflicts", "Conflicts", "/conflicts"), Here::hasParent))),
			new Section("E-mail reminders", List.of(entry("notifications", "E-mail reminders", "/notifications"))));

	private static Entry entry(String key, String label, String path) {
		return new Entry(new Page(key, label, path), EVERYONE);
	}

	/** The groups this visitor sees here, each with the pages they may use. */
	public List<Group> groups(Here here) {
		return SECTIONS.stream()
			.map(section -> new Group(section.label(),
					section.entries().stream().filter(entry -> entry.shown().test(here)).map(Entry::page).toList()))
			.filter(group -> !group.pages().isEmpty())
			.toList();
	}

	/** The group of the page named by current, or none for a page in no group. */
	public @Nullable Group groupOf(Here here, @Nullable String current) {
		return groups(here).stream().filter(group -> group.holds(current)).findFirst().orElse(null);
	}

}

package org.compacts.portal.workspace;

import java.util.List;

import org.compacts.portal.workspace.WorkspaceNav.Group;
import org.compacts.portal.workspace.WorkspaceNav.Page;
import org.compacts.servicekit.security.TenantRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceNavTest {

	static final Here SWALE_EDITOR = new Here("swale", "Swale Compact", "DISTRICT", "kent", TenantRole.EDITOR, false);

	static final Here KENT_ADMIN = new Here("kent", "Kent Partners Compact", "COUNTY", null, TenantRole.TENANT_ADMIN,
			false);

	final WorkspaceNav nav = new WorkspaceNav();

	private static List<String> keys(List<Group> groups) {
		return groups.stream().flatMap(group -> group.pages().stream()).map(Page::key).toList();
	}

	@Test
	void aDistrictEditorSeesItsConflictsButNoRollUpFollowersOrMembers() {
		List<Group> groups = nav.groups(SWALE_EDITOR);

		assertThat(keys(groups)).contains("conflicts", "plans", "notifications")
			.doesNotContain("rollup", "followers", "members");
		assertThat(groups).extracting(Group::label)
			.containsExactly("Dashboard", "The compact", "People", "Plans and funding", "Meetings and logs",
					"County and districts", "E-mail reminders");
		assertThat(nav.groupOf(SWALE_EDITOR, "conflicts").pages()).extracting(Page::key).containsExactly("conflicts");
	}

	@Test
	void aCountyAdminSeesTheRollUpFollowersAndMembersAndAGroupWithNothingInItIsLeftOut() {
		assertThat(keys(nav.groups(KENT_ADMIN))).contains("rollup", "followers", "members").doesNotContain("conflicts");

		Here nationalMember = new Here("national", "National Compact", "NATIONAL", null, TenantRole.MEMBER, false);
		Here parishMember = new Here("lenham", "Lenham Compact", "DISTRICT", null, TenantRole.MEMBER, false);
		assertThat(nav.groups(nationalMember)).extracting(Group::label).contains("County and districts");
		assertThat(nav.groups(parishMember)).extracting(Group::label).doesNotContain("County and districts");
	}

	@Test
	void everyPageIsInOneGroupAndAPageInNoneHasNoGroup() {
		List<String> keys = keys(nav.groups(new Here("kent", "Kent", "COUNTY", "national", null, true)));

		assertThat(keys).doesNotHaveDuplicates()
			.contains("dashboard", "items", "sections", "glossary", "consultations", "contacts", "signatories",
					"champions", "marks", "members", "plans", "indicators", "funding", "meetings", "updates",
					"steering", "reviews", "disputes", "successes", "rollup", "followers", "conflicts",
					"notifications");
		assertThat(nav.groupOf(KENT_ADMIN, "indicators").first().key()).isEqualTo("plans");
		assertThat(nav.groupOf(KENT_ADMIN, "no-such-page")).isNull();
		assertThat(nav.groupOf(KENT_ADMIN, null)).isNull();
	}

}

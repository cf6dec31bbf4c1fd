package org.compacts.portal.workspace;

import org.compacts.servicekit.security.TenantRole;
import org.jspecify.annotations.Nullable;

/**
 * The compact a workspace page is about, and what its visitor may do there. Pages show a
 * control only to those the service would let use it; the service still decides.
 *
 * @param role the visitor's strongest role here; none for a platform admin who is not a
 * member
 */
public record Here(String slug, String name, String level, @Nullable String parentSlug, @Nullable TenantRole role,
		boolean platformAdmin) {

	public boolean canEdit() {
		return platformAdmin || role != null && role.includes(TenantRole.EDITOR);
	}

	public boolean canManageMembers() {
		return platformAdmin || role == TenantRole.TENANT_ADMIN;
	}

	/** A county or the national compact: others may follow it. */
	public boolean isFollowed() {
		return "COUNTY".equals(level) || "NATIONAL".equals(level);
	}

	/** A compact that takes a parent's shared items, and may meet conflicts. */
	public boolean hasParent() {
		return parentSlug != null;
	}

	/** How a role reads on a page. */
	public static String label(TenantRole role) {
		return VisitorModel.label(role);
	}

	/** How the visitor's role reads on a page. */
	public String roleName() {
		return role == null ? "Platform admin" : VisitorModel.label(role);
	}

}

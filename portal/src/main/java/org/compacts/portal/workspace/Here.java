package org.compacts.portal.workspace;

import org.compacts.servicekit.security.TenantRole;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

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

	/**
	 * Refuses a post from a member without the editor role before anything is sent: the
	 * service would refuse it too, but the page must not even try.
	 */
	public void requireEditor() {
		if (!canEdit()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
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

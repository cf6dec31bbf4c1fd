package org.compacts.tenant.membership;

import java.util.List;
import java.util.Optional;

import org.compacts.servicekit.security.Membership;

/**
 * The people of the realm and their memberships, as the identity provider keeps them. A
 * membership is the group {@link Membership#groupPath()}; it reaches a person's tokens
 * from the next token they get. Every operation throws {@link DirectoryUnavailable} when
 * the identity provider cannot be asked.
 */
public interface Directory {

	/**
	 * The person with exactly this e-mail address (as the directory compares addresses:
	 * case aside).
	 */
	Optional<DirectoryUser> findByEmail(String email);

	/** The person with exactly this username. */
	Optional<DirectoryUser> findByUsername(String username);

	/**
	 * Gives the person the membership, creating its group when it is missing; giving it
	 * twice changes nothing.
	 */
	void add(String userId, Membership membership);

	/** Takes the membership away; false when the person did not hold it. */
	boolean remove(String userId, Membership membership);

	/** Everyone with a role in the tenant, one entry per role they hold, by username. */
	List<Member> members(String tenant);

}

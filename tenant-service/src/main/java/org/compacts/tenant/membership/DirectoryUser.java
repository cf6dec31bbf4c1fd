package org.compacts.tenant.membership;

/**
 * A person as the directory knows them.
 *
 * @param id the directory's id of the person: the {@code sub} of their tokens
 */
public record DirectoryUser(String id, String username, String email) {
}

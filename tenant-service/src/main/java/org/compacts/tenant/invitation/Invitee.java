package org.compacts.tenant.invitation;

/**
 * The signed-in person accepting an invitation, from their token.
 *
 * @param userId the token's {@code sub}: the directory's id of the person
 * @param username the token's {@code preferred_username}
 * @param email the token's {@code email}, or null
 * @param emailVerified the token's {@code email_verified}
 */
record Invitee(String userId, String username, String email, boolean emailVerified) {
}

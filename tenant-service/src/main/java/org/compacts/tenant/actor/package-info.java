/**
 * Who is acting: the name recorded as "changed by". Taken from Spring Security's context
 * when Spring Security is on the class path and someone is signed in; otherwise
 * {@value org.compacts.tenant.actor.CurrentActor#SYSTEM}. As a resource server
 * (service-kit), the authenticated principal's name is the token's username.
 */
@NullMarked
package org.compacts.tenant.actor;

import org.jspecify.annotations.NullMarked;

/**
 * Who is acting: the name recorded as "changed by". Taken from Spring Security's context when Spring
 * Security is on the class path and someone is signed in; otherwise {@value org.compacts.tenant.actor.CurrentActor#SYSTEM}.
 * When the resource server arrives (service-kit), the authenticated principal's name appears here with no
 * change to the code that records changes.
 */
package org.compacts.tenant.actor;

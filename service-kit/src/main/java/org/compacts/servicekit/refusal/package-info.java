/**
 * How a service says no without knowing who asked: a {@link Refusal} with its ground and
 * the fields at fault, and the {@link ExpectedVersion} a change names. No Spring here;
 * the web layer maps a refusal to a problem detail once (see {@code web}).
 */
package org.compacts.servicekit.refusal;

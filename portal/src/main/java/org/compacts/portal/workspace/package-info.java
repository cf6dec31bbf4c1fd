/**
 * The signed-in workspace: the compacts a person belongs to, with their role in each, and
 * a switcher between them. Signing in once at the gateway is enough for every compact.
 */
@NullMarked
package org.compacts.portal.workspace;

import org.jspecify.annotations.NullMarked;

/**
 * The portal: the platform's server-rendered web pages behind the gateway, the public
 * compacts and the signed-in workspace.
 */
@NullMarked
package org.compacts.portal;

import org.jspecify.annotations.NullMarked;

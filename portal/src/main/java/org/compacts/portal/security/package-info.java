/**
 * Who is looking at a page: known from the access token the gateway relays; the anonymous
 * see the public pages.
 */
@NullMarked
package org.compacts.portal.security;

import org.jspecify.annotations.NullMarked;

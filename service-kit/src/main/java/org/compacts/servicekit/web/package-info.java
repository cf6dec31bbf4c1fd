/**
 * How the service answers when a request cannot be served: RFC 9457 problem details, with
 * each field at fault in {@code errors: [{field, reason}]}. Bad input is always a 4xx,
 * never a 500.
 */
@NullMarked
package org.compacts.servicekit.web;

import org.jspecify.annotations.NullMarked;

/**
 * The outbox every service with Spring Modulith's event publication registry shares:
 * events a previous run recorded but did not send are resent at start-up, in their order.
 */
@NullMarked
package org.compacts.servicekit.outbox;

import org.jspecify.annotations.NullMarked;

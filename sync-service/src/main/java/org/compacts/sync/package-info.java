/**
 * sync-service: carries the shared items a county (or national) publishes to the
 * districts that follow it, and keeps where each district stands with each item.
 */
@NullMarked
package org.compacts.sync;

import org.jspecify.annotations.NullMarked;

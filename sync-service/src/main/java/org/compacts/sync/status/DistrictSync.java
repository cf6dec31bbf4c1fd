package org.compacts.sync.status;

import java.util.List;

/**
 * A compact's view of what it receives.
 *
 * @param tenant the compact asked about
 * @param follows the tenants whose items it receives now, nearest first (its county, then
 * national)
 * @param items every upstream item it receives or once received, by source and item
 */
record DistrictSync(String tenant, List<String> follows, List<ItemSync> items) {
}

package org.compacts.tenant.registry;

/**
 * Where a compact sits in the federation: national, county, district, or standalone (no
 * county above it).
 */
enum Level {

	NATIONAL, COUNTY, DISTRICT, STANDALONE

}

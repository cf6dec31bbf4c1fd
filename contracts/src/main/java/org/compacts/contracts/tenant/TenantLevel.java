package org.compacts.contracts.tenant;

/** Where a compact sits in the federation. */
public enum TenantLevel {

	NATIONAL, COUNTY, DISTRICT, STANDALONE

}

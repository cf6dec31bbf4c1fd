package org.compacts.contracts.sync;

/**
 * What the federation sync records have in common: a schema version a consumer checks
 * before anything else.
 */
public interface SyncEvent {

	/**
	 * The version of the records in this package; a consumer refuses a version it does
	 * not know.
	 */
	int SCHEMA_VERSION = 1;

	int schemaVersion();

}

package org.compacts.tenant.registry;

/** How a compact takes its parent's (the three choices of the Kent draft). */
enum Adoption {

	/** Takes the parent's core principles and codes and adds a local action plan. */
	ADOPTS_PARENT_CORE,

	/** Keeps its own compact: nothing flows down to it. */
	KEEPS_OWN,

	/** Takes the parent's compact as its first compact. */
	ADOPTS_PARENT_AS_FIRST

}

package org.compacts.contracts.tenant;

/**
 * How a compact takes its parent's: the three choices a district has (Kent draft, "What's
 * in it for me?").
 */
public enum Adoption {

	/** Takes the parent's core principles and codes, and adds its own action plan. */
	ADOPTS_PARENT_CORE,

	/** Keeps its own compact: nothing flows down to it. */
	KEEPS_OWN,

	/** Takes the parent's compact as its first compact. */
	ADOPTS_PARENT_AS_FIRST

}

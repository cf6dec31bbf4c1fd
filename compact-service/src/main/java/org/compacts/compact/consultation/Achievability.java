package org.compacts.compact.consultation;

/**
 * How a respondent tags a point: something the partners can do now, or an aim to work
 * towards (which may become an action of the compact's plan after the close).
 */
enum Achievability {

	ACHIEVABLE, ASPIRATIONAL

}

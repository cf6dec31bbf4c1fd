package org.compacts.compact.indicator;

/** Which way an indicator's value should move for things to be going well. */
enum Direction {

	HIGHER_IS_BETTER, LOWER_IS_BETTER

}

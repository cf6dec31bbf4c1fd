package org.compacts.compact.consultation;

/** What a question asks for, and so what an answer to it holds. */
enum QuestionType {

	/** A number from 1 to the question's scale, each number with its label. */
	RATING,
	/** Every option, in the order of preference. */
	RANKING,
	/** High, medium or low. */
	PRIORITY, YES_NO,
	/** One of the options. */
	SINGLE_CHOICE,
	/** Any of the options, at least one. */
	MULTIPLE_CHOICE, FREE_TEXT,
	/** Whether the point is achievable now or aspirational. */
	ACHIEVABILITY

}

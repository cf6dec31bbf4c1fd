package org.compacts.compact.meeting;

/**
 * What a meeting is: a meeting of the group, or an event or training session the
 * compact's members and champions sign up to.
 */
public enum MeetingKind {

	/** A meeting of the group, minuted; no one signs up. */
	MEETING("Meeting"),
	/** An event open to the compact's members and champions. */
	EVENT("Event"),
	/** A session for the compact's champions. */
	CHAMPIONS_SESSION("Champions session"),
	/** Training shared by the public bodies and the voluntary sector. */
	JOINT_TRAINING("Joint training session"),
	/** An induction, for a new champion or member. */
	INDUCTION("Induction");

	private final String label;

	MeetingKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether people sign up to it. */
	public boolean openToSignUp() {
		return this != MEETING;
	}

	/** Whether it is training, which a champion's profile lists. */
	public boolean isTraining() {
		return this == CHAMPIONS_SESSION || this == JOINT_TRAINING || this == INDUCTION;
	}

}

package org.compacts.devstack;

/** Something that stops the stack from starting, said in one line a person can act on. */
public class StartupProblem extends RuntimeException {

	public StartupProblem(String message) {
		super(message);
	}

	public StartupProblem(String message, Throwable cause) {
		super(message, cause);
	}

}

package org.compacts.tenant.membership;

import java.util.List;

import org.compacts.servicekit.refusal.Refusal;

/**
 * The identity provider could not be asked, or refused the service itself: nothing was
 * changed here.
 */
public final class DirectoryUnavailable extends Refusal {

	DirectoryUnavailable(String operation, Throwable cause) {
		super(Ground.UNAVAILABLE, "Directory unavailable",
				"The identity provider could not be reached; try again later.", List.of(), cause);
		with("operation", operation);
	}

}

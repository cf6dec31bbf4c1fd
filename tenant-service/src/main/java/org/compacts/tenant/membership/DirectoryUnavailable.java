package org.compacts.tenant.membership;

import java.util.List;

import org.compacts.servicekit.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The identity provider could not be asked, or refused the service itself: nothing was
 * changed here.
 */
public final class DirectoryUnavailable extends ErrorResponseException {

	DirectoryUnavailable(String operation, Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.UNAVAILABLE,
				"Directory unavailable", "The identity provider could not be reached; try again later.", List.of()),
				cause);
		getBody().setProperty("operation", operation);
	}

}

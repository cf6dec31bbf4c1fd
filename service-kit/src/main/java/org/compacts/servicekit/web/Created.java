package org.compacts.servicekit.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * How every service answers a POST that makes a resource: 201 Created, located where the
 * resource is then read, the collection's address followed by the new id (or slug).
 */
public final class Created {

	private Created() {
	}

	/**
	 * @param id what names the new resource within the collection the request was made to
	 * @return the response, for its ETag and body
	 */
	public static ResponseEntity.BodyBuilder at(Object id) {
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri());
	}

}

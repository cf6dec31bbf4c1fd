package org.compacts.portal.backend;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * The services, each as a client that calls as the visitor. Pages read with {@link #read}
 * and write with {@link Outcome#of}.
 */
@Component
public class Services {

	private final RestClient tenants;

	private final RestClient compacts;

	private final RestClient sync;

	Services(RestClient.Builder builder, ServiceAddresses addresses) {
		RestClient.Builder asVisitor = builder.clone().requestInterceptor(new VisitorToken());
		this.tenants = asVisitor.clone().baseUrl(addresses.tenantService().toString()).build();
		this.compacts = asVisitor.clone().baseUrl(addresses.compactService().toString()).build();
		this.sync = asVisitor.clone().baseUrl(addresses.syncService().toString()).build();
	}

	/** tenant-service: the register of compacts, members and invitations. */
	public RestClient tenants() {
		return tenants;
	}

	/** compact-service: everything inside one compact. */
	public RestClient compacts() {
		return compacts;
	}

	/** sync-service: who follows whom and whether they are in sync. */
	public RestClient sync() {
		return sync;
	}

	/**
	 * A read for a page: the body, or the page answers as the service did when it refuses
	 * (404 for what does not exist or may not be seen, 403 for what may not be done), so
	 * a page never shows more than its API would.
	 */
	public static <T> T read(RestClient.RequestHeadersSpec<?> request, Class<T> type) {
		return request.exchange((req, response) -> {
			HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
			if (response.getStatusCode().is2xxSuccessful()) {
				T body = response.bodyTo(type);
				if (body != null) {
					return body;
				}
			}
			else if (status != null && response.getStatusCode().is4xxClientError()) {
				throw new ResponseStatusException(status == HttpStatus.UNAUTHORIZED ? HttpStatus.FORBIDDEN : status);
			}
			throw new IllegalStateException("The service answered " + response.getStatusCode() + " to "
					+ req.getMethod() + " " + req.getURI().getPath());
		});
	}

}

package org.compacts.tenant.membership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.compacts.servicekit.security.Membership;
import org.compacts.servicekit.security.TenantRole;
import org.jboss.resteasy.client.jaxrs.ResteasyClient;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.GroupResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.spi.StreamMessageBodyReader;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Directory} in Keycloak, through its admin REST API
 * ({@code keycloak-admin-client}).
 *
 * <p>
 * The one class of the service that knows Keycloak's client, RESTEasy and the Jackson 2
 * they bring ({@code com.fasterxml.jackson}); Spring and the rest of the service use
 * Jackson 3 ({@code tools.jackson}). They never meet: the RESTEasy client is built here,
 * with Keycloak's own Jackson 2 provider and its own {@code ObjectMapper}, and no
 * Keycloak type leaves this class (a test checks that no other class refers to
 * {@code org.keycloak}, RESTEasy, JAX-RS or Jackson 2). Nothing is excluded from the
 * dependency.
 */
final class KeycloakDirectory implements Directory, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(KeycloakDirectory.class);

	private static final String TENANTS = "tenants";

	private static final int PAGE = 100;

	private final Keycloak keycloak;

	private final String realm;

	KeycloakDirectory(DirectoryProperties properties) {
		// Keycloak's own client set-up (ResteasyClientClassicProvider) plus timeouts: a
		// pool, because the
		// service asks from many request threads at once.
		ResteasyClient client = new ResteasyClientBuilderImpl().connectionPoolSize(10)
			.connectTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.readTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.register(StreamMessageBodyReader.class)
			.register(JacksonProvider.class, 100)
			.build();
		this.keycloak = KeycloakBuilder.builder()
			.serverUrl(properties.serverUrl())
			.realm(properties.realm())
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.resteasyClient(client)
			.build();
		this.realm = properties.realm();
	}

	@Override
	public Optional<DirectoryUser> findByEmail(String email) {
		return ask("find a user by e-mail", () -> realm().users().searchByEmail(email.toLowerCase(Locale.ROOT), true))
			.stream()
			.filter(user -> user.getEmail() != null && user.getEmail().equalsIgnoreCase(email))
			.findFirst()
			.map(KeycloakDirectory::user);
	}

	@Override
	public Optional<DirectoryUser> findByUsername(String username) {
		return ask("find a user by username", () -> realm().users().searchByUsername(username, true)).stream()
			.filter(user -> username.equalsIgnoreCase(user.getUsername()))
			.findFirst()
			.map(KeycloakDirectory::user);
	}

	@Override
	public void add(String userId, Membership membership) {
		String groupId = ensureGroup(membership);
		ask("add a member", () -> {
			realm().users().get(userId).joinGroup(groupId);
			return null;
		});
		log.info("Added user {} to {}", userId, membership.groupPath());
	}

	@Override
	public boolean remove(String userId, Membership membership) {
		Optional<GroupRepresentation> group = group(membership.groupPath());
		if (group.isEmpty()) {
			return false;
		}
		boolean held = ask("read a user's groups", () -> realm().users().get(userId).groups(0, PAGE * 10, true))
			.stream()
			.anyMatch(held(group.get()));
		if (held) {
			ask("remove a member", () -> {
				realm().users().get(userId).leaveGroup(group.get().getId());
				return null;
			});
			log.info("Removed user {} from {}", userId, membership.groupPath());
		}
		return held;
	}

	@Override
	public List<Member> members(String tenant) {
		List<Member> members = new ArrayList<>();
		for (TenantRole role : TenantRole.values()) {
			Optional<GroupRepresentation> group = group(new Membership(tenant, role).groupPath());
			if (group.isEmpty()) {
				continue;
			}
			GroupResource resource = realm().groups().group(group.get().getId());
			for (int first = 0;; first += PAGE) {
				int from = first;
				List<UserRepresentation> page = ask("list members", () -> resource.members(from, PAGE, true));
				page.forEach(user -> members.add(new Member(user.getUsername(), user.getEmail(), role)));
				if (page.size() < PAGE) {
					break;
				}
			}
		}
		members.sort(Comparator.comparing(Member::username).thenComparing(Member::role, Comparator.reverseOrder()));
		return List.copyOf(members);
	}

	@Override
	public void close() {
		keycloak.close();
	}

	/**
	 * The group of the membership, made (with {@code /tenants/{slug}} above it) when it
	 * is not there yet.
	 */
	private String ensureGroup(Membership membership) {
		String tenantPath = "/" + TENANTS + "/" + membership.tenant();
		String tenantsId = group("/" + TENANTS).map(GroupRepresentation::getId)
			.orElseGet(() -> create(null, TENANTS, "/" + TENANTS));
		String tenantId = group(tenantPath).map(GroupRepresentation::getId)
			.orElseGet(() -> create(tenantsId, membership.tenant(), tenantPath));
		return group(membership.groupPath()).map(GroupRepresentation::getId)
			.orElseGet(() -> create(tenantId, membership.role().groupName(), membership.groupPath()));
	}

	/**
	 * Creates a group under a parent (top level when null); when someone made it
	 * meanwhile, that one.
	 */
	private String create(String parentId, String name, String path) {
		GroupRepresentation group = new GroupRepresentation();
		group.setName(name);
		return ask("create a group", () -> {
			try (Response response = parentId == null ? realm().groups().add(group)
					: realm().groups().group(parentId).subGroup(group)) {
				if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
					return group(path).map(GroupRepresentation::getId)
						.orElseThrow(() -> new WebApplicationException("group " + path + " conflicts but is not there",
								Response.Status.CONFLICT));
				}
				String id = CreatedResponseUtil.getCreatedId(response);
				log.info("Created group {}", path);
				return id;
			}
		});
	}

	private Optional<GroupRepresentation> group(String path) {
		return ask("find a group", () -> {
			try {
				return Optional.of(realm().getGroupByPath(path));
			}
			catch (NotFoundException ex) {
				return Optional.empty();
			}
		});
	}

	private static Predicate<GroupRepresentation> held(GroupRepresentation group) {
		return candidate -> group.getId().equals(candidate.getId()) || group.getPath().equals(candidate.getPath());
	}

	private static DirectoryUser user(UserRepresentation user) {
		return new DirectoryUser(user.getId(), user.getUsername(), user.getEmail());
	}

	private RealmResource realm() {
		return keycloak.realm(realm);
	}

	/**
	 * Runs one call to Keycloak; whatever goes wrong on the way is
	 * {@link DirectoryUnavailable}.
	 */
	private static <T> T ask(String operation, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (WebApplicationException ex) {
			log.warn("Keycloak refused to {}: HTTP {}", operation, ex.getResponse().getStatus());
			throw new DirectoryUnavailable(operation, ex);
		}
		catch (ProcessingException ex) {
			log.warn("Keycloak could not be asked to {}: {}", operation, ex.toString());
			throw new DirectoryUnavailable(operation, ex);
		}
	}

}

package org.compacts.compact.item;

import java.util.List;
import java.util.Locale;

import org.compacts.compact.Api;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Hibernate we run restricts its own updates of tenant-owned rows to the session's
 * tenant (HHH-20883, fixed in 7.4.13; 7.2.x, Boot's default, updates by id alone).
 * Row-level security would stop a cross-tenant update anyway; this shows the first line
 * of defence holds too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.jpa.properties.hibernate.session_factory.statement_inspector=org.compacts.compact.item.RecordedStatements")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class TenantScopedMutationsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyUpdateOfATenantOwnedRowNamesTheTenant() {
		Api api = new Api(port, jdbc, transactions);
		String code = "/api/t/swale/codes/"
				+ api.post("/api/t/swale/codes", "sam.editor", Codes.consultation("Consultation"))
					.json()
					.path("id")
					.asString();
		RecordedStatements.SQL.clear();

		api.put(code, "sam.editor", Codes.editOf(Codes.consultation("Consultation"), 1));
		api.post(code + "/versions/2/publication", "sam.editor", null);

		List<String> updates = RecordedStatements.SQL.stream()
			.map(sql -> sql.toLowerCase(Locale.ROOT))
			.filter(sql -> sql.startsWith("update"))
			.toList();
		assertThat(updates).extracting(sql -> sql.substring(0, sql.indexOf(" set")))
			.contains("update shared_item", "update item_version");
		assertThat(updates).allSatisfy(sql -> assertThat(sql.substring(sql.indexOf(" where "))).contains("tenant_id"));
	}

}

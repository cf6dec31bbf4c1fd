package org.compacts.compact.adoption;

import java.util.UUID;

import org.compacts.compact.Api;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the apply tests share: the service on the real servers, its API, a reader of the
 * outcomes it sends, and a Kent item id of each test's own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
abstract class ApplyingOnTheRealBroker {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	TestKafka.Reader<Object> outcomes;

	UUID kentItem = UUID.randomUUID();

	@BeforeEach
	void readOutcomes() {
		api = new Api(port, jdbc, transactions);
		outcomes = SyncTopics.outcomes();
	}

	@AfterEach
	void close() {
		outcomes.close();
	}

}

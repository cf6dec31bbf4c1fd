package org.compacts.servicekit.messaging;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.compacts.contracts.sync.SharedItemPublished;
import org.compacts.contracts.sync.SyncEvent;
import org.compacts.contracts.tenant.Adoption;
import org.compacts.contracts.tenant.TenantCreated;
import org.compacts.contracts.tenant.TenantEvent;
import org.compacts.contracts.tenant.TenantLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.handler.annotation.support.MethodArgumentNotValidException;
import org.springframework.messaging.handler.annotation.support.MethodArgumentTypeMismatchException;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidatedPayloadsTest {

	static ValidatorFactory validation;

	static ValidatedPayloads payloads;

	@BeforeAll
	static void validator() {
		validation = Validation.buildDefaultValidatorFactory();
		payloads = new ValidatedPayloads(new SpringValidatorAdapter(validation.getValidator()));
	}

	@AfterAll
	static void close() {
		validation.close();
	}

	@Test
	void aValidRecordOfTheListenersTypeIsPassedOnAsItIs() throws Exception {
		TenantCreated created = tenantCreated(TenantEvent.SCHEMA_VERSION, Adoption.KEEPS_OWN);

		assertThat(payloads.resolveArgument(tenantEvent(), message(created))).isSameAs(created);
	}

	@Test
	void aRecordOfAnotherContractIsRefusedNamingTheTypeExpected() {
		SharedItemPublished item = new SharedItemPublished(UUID.randomUUID(), SyncEvent.SCHEMA_VERSION, "kent",
				UUID.randomUUID(), "CODE", 1, "CORE", false, "{}", Instant.now(), null);

		assertThatThrownBy(() -> payloads.resolveArgument(tenantEvent(), message(item)))
			.isInstanceOf(MethodArgumentTypeMismatchException.class)
			.hasMessageContaining("expected a TenantEvent, found " + SharedItemPublished.class.getName());
	}

	@Test
	void noValueIsRefusedAsSuch() {
		assertThatThrownBy(() -> payloads.resolveArgument(tenantEvent(), message(KafkaNull.INSTANCE)))
			.isInstanceOf(MethodArgumentTypeMismatchException.class)
			.hasMessageContaining("expected a TenantEvent, found no value");
	}

	@Test
	void anUnknownSchemaVersionIsRefusedNamingBothVersions() {
		assertThatThrownBy(() -> payloads.resolveArgument(tenantEvent(), message(tenantCreated(7, Adoption.KEEPS_OWN))))
			.isInstanceOf(MethodArgumentNotValidException.class)
			.hasMessageContaining("schema version 7 is not the known 1");
	}

	@Test
	void aMissingRequiredFieldIsRefusedNamingTheField() {
		assertThatThrownBy(
				() -> payloads.resolveArgument(tenantEvent(), message(tenantCreated(TenantEvent.SCHEMA_VERSION, null))))
			.isInstanceOf(MethodArgumentNotValidException.class)
			.hasMessageContaining("on field 'adoption'");
	}

	@Test
	void onlyValidatedPayloadsAreResolvedHere() throws Exception {
		Method listener = Listeners.class.getDeclaredMethod("unchecked", TenantEvent.class);

		assertThat(payloads.supportsParameter(tenantEvent())).isTrue();
		assertThat(payloads.supportsParameter(new MethodParameter(listener, 0))).isFalse();
	}

	private static TenantCreated tenantCreated(int schemaVersion, Adoption adoption) {
		return new TenantCreated(UUID.randomUUID(), "swale", Instant.now(), schemaVersion, "Swale",
				TenantLevel.DISTRICT, "kent", adoption);
	}

	private static Message<Object> message(Object payload) {
		return MessageBuilder.withPayload(payload).build();
	}

	private static MethodParameter tenantEvent() throws NoSuchMethodException {
		return new MethodParameter(Listeners.class.getDeclaredMethod("on", TenantEvent.class), 0);
	}

	static class Listeners {

		void on(@Valid @Payload TenantEvent event) {
		}

		void unchecked(@Payload TenantEvent event) {
		}

	}

}

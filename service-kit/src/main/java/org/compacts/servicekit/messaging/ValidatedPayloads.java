package org.compacts.servicekit.messaging;

import jakarta.validation.Valid;

import org.springframework.core.MethodParameter;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.SimpleMessageConverter;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.handler.annotation.support.MethodArgumentTypeMismatchException;
import org.springframework.messaging.handler.annotation.support.PayloadMethodArgumentResolver;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.validation.Validator;

/**
 * Resolves a listener's {@code @Valid @Payload} parameter: the record the deserializer
 * read (JSON, its class from the {@code __TypeId__} header), of the parameter's type and
 * valid by its Bean Validation constraints, or a refusal naming what is wrong.
 *
 * <p>
 * A record of another type is never converted: the wrong contract on a topic is poison,
 * refused as "expected a TenantEvent, found ...". Both refusals are exceptions Spring
 * Kafka's error handler never retries ({@link MethodArgumentTypeMismatchException},
 * {@code MethodArgumentNotValidException}), so the record goes to the dead-letter topic
 * at once with the reason in its headers.
 */
final class ValidatedPayloads implements HandlerMethodArgumentResolver {

	private final PayloadMethodArgumentResolver payloads;

	ValidatedPayloads(Validator validator) {
		// the converter is never asked: a payload of another type is refused first
		this.payloads = new PayloadMethodArgumentResolver(new SimpleMessageConverter(), validator);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(Payload.class) && parameter.hasParameterAnnotation(Valid.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, Message<?> message) throws Exception {
		Object payload = message.getPayload();
		Class<?> expected = parameter.getParameterType();
		if (!expected.isInstance(payload)) {
			String found = payload instanceof KafkaNull ? "no value" : payload.getClass().getName();
			throw new MethodArgumentTypeMismatchException(message, parameter,
					"expected a " + expected.getSimpleName() + ", found " + found);
		}
		return payloads.resolveArgument(parameter, message);
	}

}

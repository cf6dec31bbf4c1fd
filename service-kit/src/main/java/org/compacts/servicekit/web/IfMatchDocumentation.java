package org.compacts.servicekit.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents an {@link ExpectedVersion} parameter as what it is on the wire, the
 * {@code If-Match} header, instead of a query object springdoc would make of it.
 */
final class IfMatchDocumentation implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		Set<String> expected = Arrays.stream(handlerMethod.getMethodParameters())
			.filter(parameter -> parameter.getParameterType() == ExpectedVersion.class)
			.map(MethodParameter::getParameterName)
			.collect(Collectors.toSet());
		if (expected.isEmpty()) {
			return operation;
		}
		if (operation.getParameters() != null) {
			operation.getParameters().removeIf(parameter -> expected.contains(parameter.getName()));
		}
		operation.addParametersItem(new HeaderParameter().name("If-Match")
			.description("The ETag of the version this change starts from (* for any); without it 428, "
					+ "from another version (or a weak tag) 412.")
			.schema(new StringSchema()));
		return operation;
	}

}

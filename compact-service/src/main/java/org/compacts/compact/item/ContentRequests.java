package org.compacts.compact.item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Validator;
import org.compacts.compact.versioning.ItemContent;
import org.compacts.compact.versioning.Mode;
import org.compacts.servicekit.refusal.InvalidField;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Reads an item's content from a JSON body other than the item endpoints' own (a
 * conflict's resolution, say), with the same checks as a new version: the same fields,
 * the same rules, each problem named by its path under the body's field.
 */
@Component
public class ContentRequests {

	private final JsonMapper mapper;

	private final Validator validator;

	ContentRequests(JsonMapper mapper, Validator validator) {
		this.mapper = mapper;
		this.validator = validator;
	}

	/**
	 * @param field where the content sits in the body, to name what is at fault
	 * ({@code content.aim})
	 * @param mode the mode the content will have; a mode in the body is ignored
	 */
	public ItemContent read(ItemKind kind, JsonNode content, Mode mode, String field) {
		if (content == null || !content.isObject()) {
			throw ItemRefusal.invalid(List.of(new InvalidField(field, "required: the " + kind.label() + "'s content")));
		}
		ObjectNode body = ((ObjectNode) content).deepCopy();
		body.put("mode", mode.name());
		body.remove("startedFrom");
		ItemRequest request;
		try {
			Class<? extends ItemRequest> type = kind == ItemKind.CODE ? CodeController.CodeRequest.class
					: PrincipleController.PrincipleRequest.class;
			request = mapper.treeToValue(body, type);
		}
		catch (JacksonException ex) {
			throw ItemRefusal.invalid(List.of(new InvalidField(field, "not the content of a " + kind.label())));
		}
		List<InvalidField> problems = new ArrayList<>();
		validator.validate(request)
			.stream()
			.map(violation -> new InvalidField(field + "." + violation.getPropertyPath(), violation.getMessage()))
			.sorted(Comparator.comparing(InvalidField::field))
			.forEach(problems::add);
		if (problems.isEmpty()) {
			request.problems()
				.forEach(problem -> problems.add(new InvalidField(field + "." + problem.field(), problem.reason())));
		}
		if (!problems.isEmpty()) {
			throw ItemRefusal.invalid(problems);
		}
		return request.content();
	}

}

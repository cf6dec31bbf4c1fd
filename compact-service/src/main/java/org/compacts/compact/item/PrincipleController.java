package org.compacts.compact.item;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.compacts.compact.versioning.ItemContent;
import org.compacts.compact.versioning.Mode;
import org.compacts.compact.versioning.PrincipleContent;
import org.compacts.servicekit.refusal.InvalidField;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A compact's shared values and principles (Openness, Respect, ...), versioned. */
@RestController
@RequestMapping("/api/t/{tenant}/principles")
@Tag(name = "Principles", description = "The shared values and principles of a compact")
class PrincipleController extends ItemController<PrincipleController.PrincipleRequest> {

	PrincipleController(SharedItems items, ContentRevisions revisions) {
		super(items, ItemKind.PRINCIPLE, revisions);
	}

	record PrincipleRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String text,
			@NotNull Mode mode, @Positive Integer startedFrom) implements ItemRequest {

		@Override
		public List<InvalidField> problems() {
			return List.of();
		}

		@Override
		public ItemContent content() {
			return new PrincipleContent(title.strip(), text.strip());
		}

	}

}

package org.compacts.portal.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.compacts.portal.content.ContentForm;
import org.jspecify.annotations.Nullable;

/**
 * The editor's form: the item's words as a {@link ContentForm} (its inputs named as the
 * service names the fields, {@code aim}), with how it is published and the version it was
 * started from.
 */
public class ItemForm extends ContentForm {

	/** Blank rows offered under the filled ones, to add sub-codes and commitments. */
	static final int BLANK_ROWS = 2;

	private String mode = "ADAPTABLE";

	private @Nullable Integer startedFrom;

	/** The form filled with a version's words, to edit them into the next version. */
	static ItemForm of(Items.Item item) {
		ItemForm form = new ItemForm();
		form.fill(item.content());
		form.mode = item.mode();
		form.startedFrom = item.latestVersion();
		return form;
	}

	/** Leaves room for more sub-codes and commitments, as blank rows. */
	ItemForm withBlankRows() {
		withBlankRows(BLANK_ROWS);
		return this;
	}

	/**
	 * The request body of compact-service for this kind: the content, its mode and base.
	 */
	Map<String, Object> body(Items.Kind kind) {
		Map<String, Object> content = body(kind == Items.Kind.PRINCIPLES);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", content.get("title"));
		body.put("mode", mode.isBlank() ? null : mode);
		if (startedFrom != null) {
			body.put("startedFrom", startedFrom);
		}
		body.putAll(content);
		return body;
	}

	public String getMode() {
		return mode;
	}

	public void setMode(String mode) {
		this.mode = mode;
	}

	public @Nullable Integer getStartedFrom() {
		return startedFrom;
	}

	public void setStartedFrom(@Nullable Integer startedFrom) {
		this.startedFrom = startedFrom;
	}

}

package org.compacts.portal.conflict;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.compacts.portal.backend.Refused;
import org.compacts.portal.conflict.Conflicts.Kind;
import org.compacts.portal.content.ContentForm;
import org.jspecify.annotations.Nullable;

/**
 * An editor's resolution as typed: which side to take, the upstream version the page
 * showed (so a newer one is never resolved unseen), and for an edit the content, given
 * back as typed when the service refuses it. Inputs are named as the service names the
 * fields ({@code content.aim}), so its reasons land by the right input.
 */
public class ResolutionForm {

	/** Blank rows offered under the filled ones, to add sub-codes and commitments. */
	static final int BLANK_ROWS = 1;

	private @Nullable String take;

	private @Nullable Integer upstreamVersion;

	private ContentForm content = new ContentForm();

	/** The edit option's fields, filled with the district's copy as it stands. */
	static ResolutionForm of(Conflicts.Conflict conflict) {
		ResolutionForm form = new ResolutionForm();
		form.upstreamVersion = conflict.upstreamVersion();
		form.content = ContentForm.of(conflict.local());
		return form.withBlankRows();
	}

	ResolutionForm withBlankRows() {
		content.withBlankRows(BLANK_ROWS);
		return this;
	}

	/**
	 * What the portal refuses before asking the service: only what it cannot send (an
	 * amount that is not a whole number, for an edit); every other rule is the service's.
	 */
	Optional<Refused> unsendable() {
		return "EDIT".equals(take) ? content.unsendable("content.") : Optional.empty();
	}

	/** compact-service's resolution body: content with EDIT only, as it asks. */
	Map<String, @Nullable Object> body(Kind kind) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("take", take == null || take.isBlank() ? null : take);
		body.put("upstreamVersion", upstreamVersion);
		if ("EDIT".equals(take)) {
			body.put("content", content.body(kind == Kind.PRINCIPLES));
		}
		return body;
	}

	public @Nullable String getTake() {
		return take;
	}

	public void setTake(@Nullable String take) {
		this.take = take;
	}

	public @Nullable Integer getUpstreamVersion() {
		return upstreamVersion;
	}

	public void setUpstreamVersion(@Nullable Integer upstreamVersion) {
		this.upstreamVersion = upstreamVersion;
	}

	public ContentForm getContent() {
		return content;
	}

	public void setContent(ContentForm content) {
		this.content = content;
	}

}

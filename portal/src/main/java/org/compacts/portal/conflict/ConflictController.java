package org.compacts.portal.conflict;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Refused;
import org.compacts.portal.conflict.Conflicts.Conflict;
import org.compacts.portal.conflict.Conflicts.Kind;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A district's conflicts with the compact it follows: every member reads them, its
 * editors resolve them. A county has none (what it publishes is the upstream), so it has
 * no such page.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/conflicts")
class ConflictController {

	private static final String KIND = "{kind:principles|codes}";

	private final Conflicts conflicts;

	ConflictController(Conflicts conflicts) {
		this.conflicts = conflicts;
	}

	@GetMapping
	String list(@ModelAttribute(name = "here", binding = false) Here here, Model model) {
		requireParent(here);
		model.addAttribute("conflicts", conflicts.all(here.slug()));
		return "conflict/list";
	}

	@GetMapping("/" + KIND + "/{id}")
	String conflict(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String kind,
			@PathVariable UUID id, Model model) {
		requireParent(here);
		Kind what = kind(kind);
		Conflict conflict = conflicts.one(here.slug(), what, id);
		return page(model, what, conflict, ResolutionForm.of(conflict), null);
	}

	/**
	 * Resolves the conflict as the editor chose, unless upstream published again since
	 * the page was read: then the page is shown again with the newer version, the
	 * editor's choice and text kept, and nothing is resolved unseen.
	 */
	@PostMapping("/" + KIND + "/{id}")
	String resolve(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String kind,
			@PathVariable UUID id, @ModelAttribute("form") ResolutionForm form, Model model,
			HttpServletResponse response) {
		requireParent(here);
		here.requireEditor();
		Kind what = kind(kind);
		Conflict conflict = conflicts.one(here.slug(), what, id);
		if (form.getUpstreamVersion() == null || form.getUpstreamVersion() != conflict.upstreamVersion()) {
			return moved(model, what, conflict, form, response);
		}
		Outcome<Void> resolved = form.unsendable()
			.map(refused -> new Outcome<Void>(null, null, refused))
			.orElseGet(() -> conflicts.resolve(here.slug(), what, id, form.body(what)));
		if (resolved.isRefused()) {
			Refused refused = resolved.refused();
			if (refused.hasError("upstreamVersion")) {
				// upstream published between the check above and the service's own, under
				// its lock
				return moved(model, what, conflicts.one(here.slug(), what, id), form, response);
			}
			if (refused.isForbidden() || refused.isNotFound()) {
				throw new ResponseStatusException(HttpStatus.valueOf(refused.status() == 401 ? 403 : refused.status()));
			}
			response.setStatus(Math.max(400, Math.min(refused.status(), 499)));
			return page(model, what, conflict, form.withBlankRows(), refused);
		}
		return "redirect:/t/" + here.slug() + "/workspace/conflicts?done=resolved";
	}

	/**
	 * The page again with the newer upstream version, what the editor chose and typed
	 * kept.
	 */
	private static String moved(Model model, Kind kind, Conflict conflict, ResolutionForm form,
			HttpServletResponse response) {
		model.addAttribute("moved", true);
		form.setUpstreamVersion(conflict.upstreamVersion());
		response.setStatus(HttpStatus.CONFLICT.value());
		return page(model, kind, conflict, form.withBlankRows(), null);
	}

	private static String page(Model model, Kind kind, Conflict conflict, ResolutionForm form,
			@Nullable Refused refused) {
		model.addAttribute("kind", kind);
		model.addAttribute("conflict", conflict);
		model.addAttribute("rows", Comparison.rows(conflict, kind));
		model.addAttribute("conflictLabels", conflict.fields().stream().map(Comparison::label).toList());
		model.addAttribute("form", form);
		model.addAttribute("refused", refused);
		return "conflict/conflict";
	}

	/**
	 * Only a compact with a parent takes items from above, and may meet conflicts: a
	 * district with its county, a county with the national compact.
	 */
	private static void requireParent(Here here) {
		if (!here.hasParent()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static Kind kind(String path) {
		return Kind.ofPath(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}

package org.compacts.portal.editor;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Refused;
import org.compacts.portal.editor.Items.Item;
import org.compacts.portal.editor.Items.Kind;
import org.compacts.portal.editor.Items.Version;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The editor's pages. Every change is the service's to allow: a member without the editor
 * role sees no control, and is refused by compact-service if they post anyway.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH)
class EditorController {

	private static final String KIND = "{kind:principles|codes}";

	private final Items items;

	EditorController(Items items) {
		this.items = items;
	}

	@GetMapping("/items")
	String items(@ModelAttribute(name = "here", binding = false) Here here,
			@RequestParam(required = false) @Nullable String done, Model model) {
		model.addAttribute("principles", items.all(here.slug(), Kind.PRINCIPLES));
		model.addAttribute("codes", items.all(here.slug(), Kind.CODES));
		model.addAttribute("done", "moved".equals(done) ? done : null);
		return "editor/items";
	}

	/**
	 * Moves an item a place up or down among its kind: the whole order is sent, as the
	 * service takes it; a district's copies keep their county's order (the service
	 * refuses otherwise, naming the order).
	 */
	@PostMapping("/" + KIND + "/{id}/position")
	String reposition(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String kind,
			@PathVariable UUID id, @RequestParam(required = false) @Nullable String direction, Model model,
			HttpServletResponse response) {
		Kind what = kind(kind);
		if (!"up".equals(direction) && !"down".equals(direction)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "direction is up or down");
		}
		List<Item> now = items.all(here.slug(), what);
		Outcome<Item[]> moved = items.reorder(here.slug(), what, Items.withMoved(now, id, "up".equals(direction)));
		if (moved.isRefused()) {
			if (moved.refused().isForbidden() || moved.refused().isNotFound()) {
				throw new ResponseStatusException(HttpStatus.valueOf(moved.refused().status()));
			}
			response.setStatus(moved.refused().status());
			model.addAttribute("refused", moved.refused());
			return items(here, null, model);
		}
		return "redirect:/t/" + UriUtils.encodePathSegment(here.slug(), "UTF-8") + "/workspace/items?done=moved#item-"
				+ id;
	}

	@GetMapping("/" + KIND + "/new")
	String blank(@PathVariable String kind, Model model) {
		return form(model, kind(kind), new ItemForm().withBlankRows(), null);
	}

	@PostMapping("/" + KIND)
	String create(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String kind,
			@ModelAttribute("form") ItemForm form, Model model, HttpServletResponse response) {
		Kind what = kind(kind);
		form.setStartedFrom(null);
		Outcome<Item> created = form.unsendable()
			.map(refused -> new Outcome<Item>(null, null, refused))
			.orElseGet(() -> items.create(here.slug(), what, form.body(what)));
		if (created.isRefused() || created.body() == null) {
			return refusedForm(model, what, form, created.refused(), response);
		}
		return "redirect:" + itemPath(here, what, created.body().id()) + "?done=created";
	}

	@GetMapping("/" + KIND + "/{id}")
	String item(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String kind,
			@PathVariable UUID id, @RequestParam(required = false) @Nullable String done, Model model) {
		Kind what = kind(kind);
		Item item = items.one(here.slug(), what, id);
		List<Version> versions = items.versions(here.slug(), what, id)
			.stream()
			.sorted(Comparator.comparingInt(Version::number).reversed())
			.toList();
		model.addAttribute("kind", what);
		model.addAttribute("item", item);
		model.addAttribute("versions", versions);
		model.addAttribute("done", done == null ? null : Items.MOVES.getOrDefault(done, done));
		return "editor/item";
	}

	@GetMapping("/" + KIND + "/{id}/edit")
	String edit(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String kind,
			@PathVariable UUID id, Model model) {
		Kind what = kind(kind);
		Item item = items.one(here.slug(), what, id);
		model.addAttribute("item", item);
		return form(model, what, ItemForm.of(item).withBlankRows(), null);
	}

	/**
	 * Saves the next version. When someone saved one meanwhile, the page shows what they
	 * changed and keeps what this person typed, now based on the newer version.
	 */
	@PostMapping("/" + KIND + "/{id}")
	String save(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String kind,
			@PathVariable UUID id, @ModelAttribute("form") ItemForm form, Model model, HttpServletResponse response) {
		Kind what = kind(kind);
		Outcome<Item> saved = form.unsendable()
			.map(refused -> new Outcome<Item>(null, null, refused))
			.orElseGet(() -> items.edit(here.slug(), what, id, form.body(what)));
		if (!saved.isRefused()) {
			return "redirect:" + itemPath(here, what, id) + "?done=saved";
		}
		Item current = items.one(here.slug(), what, id);
		model.addAttribute("item", current);
		Integer startedFrom = form.getStartedFrom();
		if (saved.refused().status() == 409 && startedFrom != null && startedFrom < current.latestVersion()) {
			model.addAttribute("changedMeanwhile",
					items.diff(here.slug(), what, id, startedFrom, current.latestVersion()));
			form.setStartedFrom(current.latestVersion());
		}
		return refusedForm(model, what, form, saved.refused(), response);
	}

	/**
	 * A move of one version: to consultation, published (as core or adaptable: a change
	 * of mode is saved as a version of its own first), withdrawn or retired.
	 */
	@PostMapping("/" + KIND + "/{id}/versions/{number}/{move:consultation|publication|withdrawal|retirement}")
	String move(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String kind,
			@PathVariable UUID id, @PathVariable int number, @PathVariable String move,
			@RequestParam(required = false) @Nullable String mode, Model model, HttpServletResponse response) {
		Kind what = kind(kind);
		int version = number;
		Outcome<Item> moved = null;
		if (mode != null && "publication".equals(move)) {
			Item item = items.one(here.slug(), what, id);
			if (!mode.equals(item.mode()) && item.version() == number) {
				ItemForm asItIs = ItemForm.of(item);
				asItIs.setMode(mode);
				moved = items.edit(here.slug(), what, id, asItIs.body(what));
				if (!moved.isRefused() && moved.body() != null) {
					version = moved.body().version();
				}
			}
		}
		if (moved == null || !moved.isRefused()) {
			moved = items.move(here.slug(), what, id, version, move);
		}
		if (moved.isRefused()) {
			response.setStatus(moved.refused().status());
			model.addAttribute("refused", moved.refused());
			return item(here, kind, id, null, model);
		}
		return "redirect:" + itemPath(here, what, id) + "?done=" + move;
	}

	/**
	 * Any two versions side by side, each field's words as they were and as they became.
	 */
	@GetMapping("/" + KIND + "/{id}/compare")
	String compare(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String kind,
			@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, Model model) {
		Kind what = kind(kind);
		Item item = items.one(here.slug(), what, id);
		List<Version> versions = items.versions(here.slug(), what, id);
		int newest = item.latestVersion();
		int right = to == null ? newest : to;
		int left = from == null ? Math.max(1, right - 1) : from;
		model.addAttribute("kind", what);
		model.addAttribute("item", item);
		model.addAttribute("versions", versions);
		model.addAttribute("from", left);
		model.addAttribute("to", right);
		model.addAttribute("diff", left == right ? null : items.diff(here.slug(), what, id, left, right));
		return "editor/compare";
	}

	private String refusedForm(Model model, Kind kind, ItemForm form, @Nullable Refused refused,
			HttpServletResponse response) {
		if (refused != null) {
			response.setStatus(refused.status() == 412 ? 409 : Math.max(400, Math.min(refused.status(), 499)));
		}
		return form(model, kind, form.withBlankRows(), refused);
	}

	private static String form(Model model, Kind kind, ItemForm form, @Nullable Refused refused) {
		model.addAttribute("kind", kind);
		model.addAttribute("form", form);
		model.addAttribute("refused", refused);
		return "editor/form";
	}

	private static String itemPath(Here here, Kind kind, UUID id) {
		return "/t/" + here.slug() + "/workspace/" + kind.path() + "/" + id;
	}

	private static Kind kind(String path) {
		return Kind.of(path).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}

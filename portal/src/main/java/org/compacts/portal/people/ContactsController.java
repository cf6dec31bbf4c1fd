package org.compacts.portal.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Services;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compact's contacts, in the compact's order: members read them, editors add, change
 * and remove them. A change names the version the editor saw, so one made meanwhile is
 * shown to them instead of overwritten.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/contacts")
class ContactsController {

	private static final Map<String, String> DONE = Map.of("added", "The contact is added.", "saved",
			"The contact is saved.", "removed", "The contact is removed.");

	record Contact(UUID id, String name, @Nullable String role, @Nullable String organisationName,
			@Nullable String email, @Nullable String phone, @Nullable String address, @Nullable String website,
			int position, long version) {
	}

	/** What the editor typed; version is the one they saw, absent for a new contact. */
	record ContactForm(@Nullable String name, @Nullable String role, @Nullable String organisationName,
			@Nullable String email, @Nullable String phone, @Nullable String address, @Nullable String website,
			@Nullable Long version) {

		static final ContactForm BLANK = new ContactForm("", "", "", "", "", "", "", null);

		static ContactForm of(Contact contact) {
			return new ContactForm(contact.name(), contact.role(), contact.organisationName(), contact.email(),
					contact.phone(), contact.address(), contact.website(), contact.version());
		}

		/**
		 * Every field as typed: the service leaves out blank ones, and keeps the place in
		 * the list (a new one goes last).
		 */
		Map<String, @Nullable String> request() {
			Map<String, @Nullable String> body = new LinkedHashMap<>();
			body.put("name", name);
			body.put("role", role);
			body.put("organisationName", organisationName);
			body.put("email", email);
			body.put("phone", phone);
			body.put("address", address);
			body.put("website", website);
			return body;
		}

	}

	private final Services services;

	ContactsController(Services services) {
		this.services = services;
	}

	@GetMapping
	String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		model.addAttribute("contacts", all(slug));
		return "people/contacts";
	}

	@GetMapping("/new")
	String blank(Model model) {
		model.addAttribute("form", ContactForm.BLANK);
		return "people/contact";
	}

	@PostMapping
	String add(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@ModelAttribute("form") ContactForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> added = Forms.send(services.compacts().post().uri("/api/t/{slug}/contacts", slug), form.request(),
				null);
		if (added.isRefused()) {
			Forms.showRefusal(added.refused(), model, response);
			return "people/contact";
		}
		return "redirect:/t/" + slug + "/workspace/contacts?done=added";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Contact contact = one(slug, id);
		model.addAttribute("contact", contact);
		model.addAttribute("form", ContactForm.of(contact));
		return "people/contact";
	}

	/**
	 * Saves the contact whole. When someone saved it meanwhile, the page shows what it
	 * says now beside what this editor typed, and the next save starts from it.
	 */
	@PostMapping("/{id}")
	String save(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute("form") ContactForm form, Model model,
			HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> saved = Forms.send(services.compacts().put().uri("/api/t/{slug}/contacts/{id}", slug, id),
				form.request(), form.version());
		if (saved.isRefused()) {
			Forms.showRefusal(saved.refused(), model, response);
			Contact current = one(slug, id);
			model.addAttribute("contact", current);
			if (saved.refused().isStale()) {
				model.addAttribute("current", current);
			}
			return "people/contact";
		}
		return "redirect:/t/" + slug + "/workspace/contacts?done=saved";
	}

	@GetMapping("/{id}/remove")
	String confirmRemoval(@PathVariable String slug, @PathVariable UUID id, Model model) {
		model.addAttribute("contact", one(slug, id));
		return "people/contact-remove";
	}

	@PostMapping("/{id}/remove")
	String remove(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> removed = Outcome.of(services.compacts().delete().uri("/api/t/{slug}/contacts/{id}", slug, id));
		if (removed.isRefused()) {
			Forms.showRefusal(removed.refused(), model, response);
			model.addAttribute("contact", one(slug, id));
			return "people/contact-remove";
		}
		return "redirect:/t/" + slug + "/workspace/contacts?done=removed";
	}

	private List<Contact> all(String slug) {
		return List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/contacts", slug), Contact[].class));
	}

	private Contact one(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/contacts/{id}", slug, id), Contact.class);
	}

}

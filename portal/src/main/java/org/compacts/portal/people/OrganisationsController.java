package org.compacts.portal.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.DateInput;
import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Services;
import org.compacts.portal.backend.Typed;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The compact's signatory organisations by sector, with what each signed and when:
 * members read them, editors add and describe organisations, record a signature and
 * withdraw one. A signature is never removed; a withdrawn one stays, shown withdrawn.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/organisations")
class OrganisationsController {

	private static final Map<String, String> DONE = Map.of("added", "The organisation is added.", "saved",
			"The organisation is saved.", "signed", "The signature is recorded.", "withdrawn",
			"The signature is withdrawn.");

	/**
	 * The sectors, in the order the compact lists them, as compact-service names them.
	 */
	enum Sector {

		PUBLIC("Public sector"), VCS("Voluntary and community sector"), PRIVATE("Private sector");

		private final String title;

		Sector(String title) {
			this.title = title;
		}

		public String getTitle() {
			return title;
		}

	}

	record Organisation(UUID id, String name, Sector sector, @Nullable ContactView contact, long version) {
	}

	record ContactView(@Nullable String name, @Nullable String email, @Nullable String phone) {
	}

	record Signature(UUID id, UUID organisationId, @Nullable String organisationName, LocalDate signedOn,
			boolean principles, List<UUID> codes, String signedAs, boolean withdrawn, @Nullable LocalDate withdrawnOn,
			@Nullable String withdrawalReason, long version) {

		public String getAs() {
			return "SEPARATE_ENTITY".equals(signedAs) ? "as a separate entity" : "as part of the partnership";
		}

	}

	record Code(UUID id, CodeContent content) {
	}

	record CodeContent(String title) {
	}

	/** An organisation's line: what it signed, each signing with its words. */
	record Signatory(Organisation organisation, List<Signed> signatures) {
	}

	/** A signature, and what it signed as a person reads it. */
	record Signed(Signature signature, String what) {
	}

	record SectorList(Sector sector, List<Signatory> signatories) {
	}

	/** What the editor typed about an organisation; version is the one they saw. */
	record OrganisationForm(@Nullable String name, @Nullable String sector, @Nullable String contactName,
			@Nullable String contactEmail, @Nullable String contactPhone, @Nullable Long version) {

		static final OrganisationForm BLANK = new OrganisationForm("", null, "", "", "", null);

		static OrganisationForm of(Organisation organisation) {
			ContactView contact = organisation.contact() == null ? new ContactView(null, null, null)
					: organisation.contact();
			return new OrganisationForm(organisation.name(), organisation.sector().name(), contact.name(),
					contact.email(), contact.phone(), organisation.version());
		}

		Map<String, @Nullable Object> request() {
			Map<String, @Nullable Object> contact = new LinkedHashMap<>();
			contact.put("name", contactName);
			contact.put("email", contactEmail);
			contact.put("phone", contactPhone);
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("name", name);
			body.put("sector", Forms.blankAsNull(sector));
			body.put("contact", contact);
			return body;
		}

	}

	/** A signing as the editor typed it: the day, what was signed, and as what. */
	record SignatureForm(@Nullable DateInput signedOn, @Nullable Boolean principles, @Nullable List<String> codes,
			@Nullable String signedAs) {

		static final SignatureForm BLANK = new SignatureForm(DateInput.BLANK, false, List.of(), null);

		SignatureForm {
			signedOn = DateInput.orBlank(signedOn);
			codes = codes == null ? List.of() : codes;
		}

		Map<String, @Nullable Object> request(UUID organisationId, Typed typed) {
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("organisationId", organisationId.toString());
			body.put("signedOn", typed.day("signedOn", signedOn));
			body.put("principles", Boolean.TRUE.equals(principles));
			body.put("codes", codes);
			body.put("signedAs", Forms.blankAsNull(signedAs));
			return body;
		}

	}

	record WithdrawalForm(@Nullable DateInput withdrawnOn, @Nullable String reason, @Nullable Long version) {

		WithdrawalForm {
			withdrawnOn = DateInput.orBlank(withdrawnOn);
		}

		Map<String, @Nullable Object> request(Typed typed) {
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("withdrawnOn", typed.day("withdrawnOn", withdrawnOn));
			body.put("reason", reason);
			return body;
		}

	}

	private final Services services;

	OrganisationsController(Services services) {
		this.services = services;
	}

	@GetMapping
	String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		Map<UUID, String> codeTitles = codes(slug).stream()
			.collect(Collectors.toMap(Code::id, code -> code.content().title(), (a, b) -> a));
		Map<UUID, List<Signature>> signed = Arrays
			.stream(Services.read(services.compacts().get().uri("/api/t/{slug}/signatures", slug), Signature[].class))
			.collect(Collectors.groupingBy(Signature::organisationId));
		Map<Sector, List<Signatory>> bySector = new LinkedHashMap<>();
		for (Sector sector : Sector.values()) {
			bySector.put(sector, new ArrayList<>());
		}
		for (Organisation organisation : organisations(slug)) {
			bySector.get(organisation.sector())
				.add(new Signatory(organisation,
						signed.getOrDefault(organisation.id(), List.of())
							.stream()
							.map(signature -> new Signed(signature, what(signature, codeTitles)))
							.toList()));
		}
		model.addAttribute("sectors",
				bySector.entrySet()
					.stream()
					.filter(entry -> !entry.getValue().isEmpty())
					.map(entry -> new SectorList(entry.getKey(), entry.getValue()))
					.toList());
		return "people/organisations";
	}

	@GetMapping("/new")
	String blank(Model model) {
		return organisationForm(model, OrganisationForm.BLANK, null);
	}

	@PostMapping
	String add(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@ModelAttribute OrganisationForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> added = Forms.send(services.compacts().post().uri("/api/t/{slug}/organisations", slug),
				form.request(), null);
		if (added.isRefused()) {
			Forms.showRefusal(added.refused(), model, response);
			return organisationForm(model, form, null);
		}
		return "redirect:/t/" + slug + "/workspace/organisations?done=added";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Organisation organisation = organisation(slug, id);
		return organisationForm(model, OrganisationForm.of(organisation), organisation);
	}

	/**
	 * Describes the organisation anew, from the version the editor saw; when someone
	 * changed it meanwhile, the page shows what it says now and keeps what was typed.
	 */
	@PostMapping("/{id}")
	String save(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute OrganisationForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> saved = Forms.send(services.compacts().put().uri("/api/t/{slug}/organisations/{id}", slug, id),
				form.request(), form.version());
		if (saved.isRefused()) {
			Forms.showRefusal(saved.refused(), model, response);
			Organisation current = organisation(slug, id);
			if (saved.refused().isStale()) {
				model.addAttribute("current", current);
			}
			return organisationForm(model, form, current);
		}
		return "redirect:/t/" + slug + "/workspace/organisations?done=saved";
	}

	@GetMapping("/{id}/signatures/new")
	String blankSignature(@PathVariable String slug, @PathVariable UUID id, Model model) {
		return signatureForm(slug, model, organisation(slug, id), SignatureForm.BLANK);
	}

	@PostMapping("/{id}/signatures")
	String sign(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute SignatureForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> signed = Forms.send(services.compacts().post().uri("/api/t/{slug}/signatures", slug),
				typed -> form.request(id, typed), null);
		if (signed.isRefused()) {
			Forms.showRefusal(signed.refused(), model, response);
			return signatureForm(slug, model, organisation(slug, id), form);
		}
		return "redirect:/t/" + slug + "/workspace/organisations?done=signed";
	}

	@GetMapping("/{id}/signatures/{signature}/withdrawal")
	String confirmWithdrawal(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID signature,
			Model model) {
		Signature current = signature(slug, id, signature);
		return withdrawalForm(slug, model, current, new WithdrawalForm(DateInput.BLANK, "", current.version()));
	}

	/**
	 * Withdraws the signature the editor confirmed, in the version they saw; refused, the
	 * page shows the signature as it is now.
	 */
	@PostMapping("/{id}/signatures/{signature}/withdrawal")
	String withdraw(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @PathVariable UUID signature, @ModelAttribute WithdrawalForm form, Model model,
			HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> withdrawn = Forms.send(
				services.compacts().post().uri("/api/t/{slug}/signatures/{signature}/withdrawal", slug, signature),
				form::request, form.version());
		if (withdrawn.isRefused()) {
			Forms.showRefusal(withdrawn.refused(), model, response);
			Signature current = signature(slug, id, signature);
			return withdrawalForm(slug, model, current,
					new WithdrawalForm(form.withdrawnOn(), form.reason(), current.version()));
		}
		return "redirect:/t/" + slug + "/workspace/organisations?done=withdrawn";
	}

	private String organisationForm(Model model, OrganisationForm form, @Nullable Organisation organisation) {
		model.addAttribute("form", form);
		model.addAttribute("organisation", organisation);
		model.addAttribute("sectorChoices", Sector.values());
		return "people/organisation";
	}

	private String signatureForm(String slug, Model model, Organisation organisation, SignatureForm form) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("codes", codes(slug));
		model.addAttribute("form", form);
		return "people/signature";
	}

	private String withdrawalForm(String slug, Model model, Signature signature, WithdrawalForm form) {
		Map<UUID, String> codeTitles = signature.codes().isEmpty() ? Map.of()
				: codes(slug).stream().collect(Collectors.toMap(Code::id, code -> code.content().title(), (a, b) -> a));
		model.addAttribute("signed", new Signed(signature, what(signature, codeTitles)));
		model.addAttribute("form", form);
		return "people/withdrawal";
	}

	private List<Organisation> organisations(String slug) {
		return List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/organisations", slug),
				Organisation[].class));
	}

	private Organisation organisation(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/organisations/{id}", slug, id),
				Organisation.class);
	}

	/** The signature, if it is the organisation's the path names; else there is none. */
	private Signature signature(String slug, UUID organisation, UUID id) {
		Signature signature = Services.read(services.compacts().get().uri("/api/t/{slug}/signatures/{id}", slug, id),
				Signature.class);
		if (!signature.organisationId().equals(organisation)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return signature;
	}

	private List<Code> codes(String slug) {
		return List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/codes", slug), Code[].class));
	}

	/** "the principles and the Consultation code", as the public site says it. */
	private static String what(Signature signature, Map<UUID, String> codeTitles) {
		List<String> parts = new ArrayList<>();
		if (signature.principles()) {
			parts.add("the principles");
		}
		signature.codes()
			.forEach(code -> parts.add(codeTitles.containsKey(code) ? "the " + codeTitles.get(code) + " code"
					: "a code no longer published"));
		if (parts.isEmpty()) {
			return "nothing recorded";
		}
		return parts.size() == 1 ? parts.get(0)
				: String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

}

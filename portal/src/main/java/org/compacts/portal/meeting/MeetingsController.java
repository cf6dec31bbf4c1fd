package org.compacts.portal.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.site.PaperPages;
import org.compacts.portal.backend.DateInput;
import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Services;
import org.compacts.portal.backend.Typed;
import org.compacts.portal.meeting.Meetings.Meeting;
import org.compacts.portal.meeting.Meetings.Person;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compact's meetings: members read them, with the minutes and how each action arising
 * stands in the plan; editors record and change a meeting, minute actions arising,
 * circulate the minutes, record them as agreed at the next meeting, and publish them.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/meetings")
class MeetingsController {

	private static final Map<String, String> DONE = Map.of("recorded", "The meeting is recorded.", "saved",
			"The meeting is saved.", "action", "The action arising is minuted and added to the plan.", "circulated",
			"The minutes are circulated.", "approved", "The minutes of the last meeting are recorded as agreed.",
			"published", "The minutes are published on the public site.", "signed-up", "You are signed up.",
			"cancelled", "Your place is cancelled.", "attendance", "The attendance is recorded.");

	/** New rows for agenda items, so that a form without JavaScript can add some. */
	private static final int SPARE_ITEMS = 3;

	/**
	 * "Sarah Williams (SW) – Swale CVS <sarah@example.org>", organisation and e-mail
	 * optional.
	 */
	private static final Pattern ATTENDEE = Pattern.compile(
			"^(?<name>[^(<]+?)\\s*\\((?<initials>[^)]*)\\)\\s*(?:[-–—,:]\\s*)?(?<org>[^<]*?)\\s*(?:<(?<email>[^>]*)>)?$");

	/** "Howard Cohen – Kent CAN", the organisation optional. */
	private static final Pattern APOLOGY = Pattern.compile("^(?<name>.+?)(?:\\s+[-–—]\\s+(?<org>.+))?$");

	private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

	/**
	 * A meeting as the editor typed it: people one a line, the agenda as rows of a title
	 * and its minutes; version is the one they saw, absent for a new meeting.
	 */
	record MeetingForm(@Nullable String title, @Nullable DateInput heldOn, @Nullable String startsAt,
			@Nullable String endsAt, @Nullable String place, @Nullable String onlineLink, @Nullable String attendees,
			@Nullable String apologies, @Nullable List<String> itemTitle, @Nullable List<String> itemMinutes,
			@Nullable String previousMeetingId, @Nullable String kind, @Nullable String capacity,
			@Nullable String steeringGroup, @Nullable Long version) {

		MeetingForm {
			kind = kind == null || kind.isBlank() ? "MEETING" : kind;
			heldOn = DateInput.orBlank(heldOn);
			itemTitle = itemTitle == null ? List.of() : itemTitle;
			itemMinutes = itemMinutes == null ? List.of() : itemMinutes;
		}

		static MeetingForm blank(@Nullable UUID after, boolean steeringGroup) {
			return new MeetingForm("", DateInput.BLANK, "", "", "", "", "", "", List.of(), List.of(),
					after == null ? null : after.toString(), "MEETING", "", steeringGroup ? "true" : null, null);
		}

		static MeetingForm of(Meeting meeting) {
			return new MeetingForm(meeting.title(), DateInput.of(meeting.heldOn()),
					meeting.startsAt() == null ? "" : meeting.startsAt().toString(),
					meeting.endsAt() == null ? "" : meeting.endsAt().toString(), meeting.place(), meeting.onlineLink(),
					String.join("\n", meeting.attendees().stream().map(Person::getLine).toList()),
					String.join("\n", meeting.apologies().stream().map(Person::getLine).toList()),
					meeting.agenda().stream().map(Meetings.Item::title).toList(),
					meeting.agenda().stream().map(item -> item.minutes() == null ? "" : item.minutes()).toList(), null,
					meeting.kind() == null ? "MEETING" : meeting.kind(),
					meeting.capacity() == null ? "" : meeting.capacity().toString(),
					Boolean.TRUE.equals(meeting.steeringGroup()) ? "true" : null, meeting.version());
		}

		/** The agenda's rows as typed, and spare empty ones to add items. */
		public List<Row> getRows() {
			List<Row> rows = new ArrayList<>();
			for (int i = 0; i < itemTitle.size(); i++) {
				rows.add(new Row(i + 1, itemTitle.get(i), i < itemMinutes.size() ? itemMinutes.get(i) : ""));
			}
			int spare = rows.stream().allMatch(Row::isBlank) ? 5 : SPARE_ITEMS;
			rows.removeIf(Row::isBlank);
			for (int i = 0; i < spare; i++) {
				rows.add(new Row(rows.size() + 1, "", ""));
			}
			return rows;
		}

		/** Every field of the service's MeetingInput. */
		Map<String, @Nullable Object> request(Typed typed) {
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("title", title);
			body.put("heldOn", typed.day("heldOn", heldOn));
			body.put("startsAt", time(startsAt));
			body.put("endsAt", time(endsAt));
			body.put("place", Forms.blankAsNull(place));
			body.put("onlineLink", Forms.blankAsNull(onlineLink));
			body.put("attendees", Meetings.lines(attendees).map(MeetingsController::attendee).toList());
			body.put("apologies", Meetings.lines(apologies).map(MeetingsController::apology).toList());
			List<Map<String, @Nullable String>> agenda = new ArrayList<>();
			for (int i = 0; i < itemTitle.size(); i++) {
				String minutes = i < itemMinutes.size() ? itemMinutes.get(i) : "";
				if (itemTitle.get(i).isBlank() && minutes.isBlank()) {
					continue;
				}
				Map<String, @Nullable String> item = new LinkedHashMap<>();
				item.put("title", itemTitle.get(i));
				item.put("minutes", Forms.blankAsNull(minutes));
				agenda.add(item);
			}
			body.put("agenda", agenda);
			body.put("kind", kind);
			// a checkbox: unticked sends nothing, which means not the group's
			body.put("steeringGroup", "true".equals(steeringGroup));
			String places = Forms.blankAsNull(capacity);
			body.put("capacity", places == null ? null : places.strip().matches("\\d{1,5}")
					? Integer.valueOf(places.strip()) : typed.refuse("capacity", "must be a whole number of places"));
			if (version == null) {
				body.put("previousMeetingId", Forms.blankAsNull(previousMeetingId));
			}
			return body;
		}

	}

	record Row(int number, String title, String minutes) {

		boolean isBlank() {
			return title.isBlank() && minutes.isBlank();
		}

	}

	/** An action arising as the editor minuted it; version is the meeting's they saw. */
	record ActionForm(@Nullable String text, @Nullable String owner, @Nullable DateInput dueOn,
			@Nullable String itemNumber, @Nullable Long version) {

		static final ActionForm BLANK = new ActionForm("", "", DateInput.BLANK, "", null);

		ActionForm {
			dueOn = DateInput.orBlank(dueOn);
		}

		Map<String, @Nullable Object> request(Typed typed) {
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("text", text);
			body.put("owner", owner);
			body.put("dueOn", typed.day("dueOn", dueOn));
			String item = Forms.blankAsNull(itemNumber);
			body.put("itemNumber", item == null ? null : item.chars().allMatch(Character::isDigit) && item.length() < 4
					? Integer.valueOf(item) : typed.refuse("itemNumber", "must be the number of an agenda item"));
			return body;
		}

	}

	private final Meetings meetings;

	private final Services services;

	private final PaperPages paper;

	MeetingsController(Meetings meetings, Services services, PaperPages paper) {
		this.meetings = meetings;
		this.services = services;
		this.paper = paper;
	}

	@GetMapping
	String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		model.addAttribute("meetings", meetings.all(slug));
		return "meeting/meetings";
	}

	/**
	 * A new meeting; after names the meeting before, whose matters arising start its
	 * agenda.
	 */
	@GetMapping("/new")
	String blank(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@RequestParam(required = false) @Nullable UUID after, @RequestParam(required = false) boolean steeringGroup,
			Model model) {
		here.requireEditor();
		return form(model, MeetingForm.blank(after, steeringGroup), null,
				after == null ? null : meetings.meeting(slug, after));
	}

	@PostMapping
	String create(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@ModelAttribute MeetingForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Meeting> created = Forms.send(services.compacts().post().uri("/api/t/{slug}/meetings", slug),
				form::request, null, Meeting.class);
		if (created.isRefused()) {
			Forms.showRefusal(created.refused(), model, response);
			UUID after = previous(form);
			return form(model, form, null, after == null ? null : meetings.meeting(slug, after));
		}
		Meeting meeting = created.body();
		return "redirect:/t/" + slug + "/workspace/meetings" + (meeting == null ? "" : "/" + meeting.id())
				+ "?done=recorded";
	}

	@GetMapping("/{id}")
	String meeting(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String done, Authentication visitor, Model model) {
		Forms.banner(done, DONE, model);
		return page(slug, model, meetings.meeting(slug, id), ActionForm.BLANK, visitor);
	}

	@GetMapping("/{id}/edit")
	String edit(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, Model model) {
		here.requireEditor();
		Meeting meeting = meetings.meeting(slug, id);
		return form(model, MeetingForm.of(meeting), meeting, null);
	}

	/**
	 * Saves the meeting from the version the editor saw; when someone changed it
	 * meanwhile, the page shows that and keeps what was typed.
	 */
	@PostMapping("/{id}")
	String save(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute MeetingForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Meeting> saved = Forms.send(services.compacts().put().uri("/api/t/{slug}/meetings/{id}", slug, id),
				form::request, form.version(), Meeting.class);
		if (saved.isRefused()) {
			Forms.showRefusal(saved.refused(), model, response);
			Meeting current = meetings.meeting(slug, id);
			if (saved.refused().isStale()) {
				model.addAttribute("current", current);
			}
			return form(model, form, current, null);
		}
		return "redirect:/t/" + slug + "/workspace/meetings/" + id + "?done=saved";
	}

	@PostMapping("/{id}/actions")
	String addAction(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute ActionForm form, Authentication visitor, Model model,
			HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> added = Forms.send(
				services.compacts().post().uri("/api/t/{slug}/meetings/{id}/actions", slug, id), form::request,
				form.version());
		if (added.isRefused()) {
			Forms.showRefusal(added.refused(), model, response);
			Meeting current = meetings.meeting(slug, id);
			return page(slug, model, current,
					new ActionForm(form.text(), form.owner(), form.dueOn(), form.itemNumber(), current.version()),
					visitor);
		}
		return "redirect:/t/" + slug + "/workspace/meetings/" + id + "?done=action#actions";
	}

	@PostMapping("/{id}/circulate")
	String circulate(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version, Model model,
			HttpServletResponse response) {
		return transition(here, slug, id, "circulation", Map.of(), version, id, "circulated", model, response);
	}

	/**
	 * Records, at a later meeting ({@code at}), that the minutes of meeting {@code id}
	 * were agreed as correct; the editor lands back on the later meeting.
	 */
	@PostMapping("/{id}/approve")
	String approve(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @RequestParam UUID at, @RequestParam(required = false) @Nullable Long version,
			Model model, HttpServletResponse response) {
		return transition(here, slug, id, "approval", Map.of("at", at.toString()), version, at, "approved", model,
				response);
	}

	@PostMapping("/{id}/publish")
	String publish(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version, Model model,
			HttpServletResponse response) {
		return transition(here, slug, id, "publication", Map.of(), version, id, "published", model, response);
	}

	/** The visitor signs themselves up to an event or training session. */
	@PostMapping("/{id}/sign-up")
	String signUp(@PathVariable String slug, @PathVariable UUID id, Authentication visitor, Model model,
			HttpServletResponse response) {
		Outcome<Void> signedUp = Forms
			.send(services.compacts().post().uri("/api/t/{slug}/meetings/{id}/sign-ups", slug, id), Map.of(), null);
		if (signedUp.isRefused()) {
			Forms.showRefusal(signedUp.refused(), model, response);
			return page(slug, model, meetings.meeting(slug, id), ActionForm.BLANK, visitor);
		}
		return "redirect:/t/" + slug + "/workspace/meetings/" + id + "?done=signed-up#sign-ups";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable String slug, @PathVariable UUID id, Authentication visitor, Model model,
			HttpServletResponse response) {
		Outcome<Void> cancelled = Outcome
			.of(services.compacts().delete().uri("/api/t/{slug}/meetings/{id}/sign-ups/me", slug, id));
		if (cancelled.isRefused()) {
			Forms.showRefusal(cancelled.refused(), model, response);
			return page(slug, model, meetings.meeting(slug, id), ActionForm.BLANK, visitor);
		}
		return "redirect:/t/" + slug + "/workspace/meetings/" + id + "?done=cancelled#sign-ups";
	}

	/**
	 * Those ticked came, every other sign-up did not; from the version the editor saw.
	 */
	@PostMapping("/{id}/attendance")
	String attendance(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @RequestParam(required = false) @Nullable List<String> attended,
			@RequestParam(required = false) @Nullable Long version, Authentication visitor, Model model,
			HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> recorded = Forms.send(
				services.compacts().put().uri("/api/t/{slug}/meetings/{id}/attendance", slug, id),
				Map.of("attended", attended == null ? List.of() : attended), version);
		if (recorded.isRefused()) {
			Forms.showRefusal(recorded.refused(), model, response);
			return page(slug, model, meetings.meeting(slug, id), ActionForm.BLANK, visitor);
		}
		return "redirect:/t/" + slug + "/workspace/meetings/" + id + "?done=attendance#sign-ups";
	}

	/** The minutes on paper, as they stand, for the compact's members. */
	@GetMapping("/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutes(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, HttpServletRequest request) {
		Meeting meeting = meetings.meeting(slug, id);
		return paper.pdf("meeting/minutes-pdf", Map.of("compact", here.name(), "meeting", meeting),
				"minutes-" + meeting.heldOn() + ".pdf", request);
	}

	private String transition(Here here, String slug, UUID id, String what, Map<String, String> body,
			@Nullable Long version, UUID landOn, String done, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> moved = Forms
			.send(services.compacts().post().uri("/api/t/{slug}/meetings/{id}/" + what, slug, id), body, version);
		if (moved.isRefused()) {
			Forms.showRefusal(moved.refused(), model, response);
			return page(slug, model, meetings.meeting(slug, landOn), ActionForm.BLANK, null);
		}
		return "redirect:/t/" + slug + "/workspace/meetings/" + landOn + "?done=" + done;
	}

	private String page(String slug, Model model, Meeting meeting, ActionForm form, @Nullable Authentication visitor) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("signUps", meeting.isOpenToSignUp() ? meetings.signUps(slug, meeting.id()) : null);
		model.addAttribute("me", visitor == null ? null : visitor.getName());
		model.addAttribute("kinds", Meetings.KINDS);
		model.addAttribute("form", form.version() == null
				? new ActionForm(form.text(), form.owner(), form.dueOn(), form.itemNumber(), meeting.version()) : form);
		// the meeting before, when its minutes wait to be agreed at this one
		Meeting previous = meeting.previous() == null ? null : meetings.meeting(slug, meeting.previous().id());
		model.addAttribute("previous", previous != null && previous.isCirculated() ? previous : null);
		return "meeting/meeting";
	}

	private static String form(Model model, MeetingForm form, @Nullable Meeting meeting, @Nullable Meeting after) {
		model.addAttribute("form", form);
		model.addAttribute("meeting", meeting);
		model.addAttribute("after", after);
		model.addAttribute("kinds", Meetings.KINDS);
		return "meeting/meeting-form";
	}

	private static @Nullable UUID previous(MeetingForm form) {
		try {
			return form.previousMeetingId() == null || form.previousMeetingId().isBlank() ? null
					: UUID.fromString(form.previousMeetingId());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * "9.30" as the service reads a time, "09:30"; anything else as typed, for the
	 * service to judge.
	 */
	static @Nullable String time(@Nullable String typed) {
		String time = Forms.blankAsNull(typed);
		if (time == null) {
			return null;
		}
		Matcher parts = TIME.matcher(time.strip());
		return parts.matches() ? "%02d:%s".formatted(Integer.parseInt(parts.group(1)), parts.group(2)) : time.strip();
	}

	static Map<String, @Nullable String> attendee(String line) {
		Map<String, @Nullable String> person = new LinkedHashMap<>();
		Matcher parts = ATTENDEE.matcher(line);
		if (!parts.matches()) {
			// no initials: the service says that a person present needs them
			person.put("name", line);
			return person;
		}
		person.put("name", parts.group("name"));
		person.put("initials", Forms.blankAsNull(parts.group("initials")));
		person.put("organisation", Forms.blankAsNull(parts.group("org")));
		person.put("email", parts.group("email") == null ? null : Forms.blankAsNull(parts.group("email").strip()));
		return person;
	}

	static Map<String, @Nullable String> apology(String line) {
		Map<String, @Nullable String> person = new LinkedHashMap<>();
		Matcher parts = APOLOGY.matcher(line);
		parts.matches();
		person.put("name", parts.group("name").strip());
		person.put("organisation", parts.group("org") == null ? null : parts.group("org").strip());
		return person;
	}

}

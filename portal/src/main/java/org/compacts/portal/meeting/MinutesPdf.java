package org.compacts.portal.meeting;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.compacts.portal.meeting.Meetings.Meeting;
import org.compacts.portal.site.Dates;
import org.compacts.portal.site.Pdfs;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A meeting's minutes on paper, from the same words as its page. */
@Component
class MinutesPdf {

	private final ITemplateEngine templates;

	private final Dates dates;

	MinutesPdf(ITemplateEngine templates, Dates dates) {
		this.templates = templates;
		this.dates = dates;
	}

	ResponseEntity<byte[]> of(String compact, Meeting meeting, HttpServletRequest request) {
		Context context = new Context(Locale.UK);
		context.setVariable("compact", compact);
		context.setVariable("meeting", meeting);
		context.setVariable("dates", dates);
		String html = templates.process("meeting/minutes-pdf", context);
		String base = ServletUriComponentsBuilder.fromContextPath(request).path("/").toUriString();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("minutes-" + meeting.heldOn() + ".pdf").build().toString())
			.body(Pdfs.render(html, base));
	}

}

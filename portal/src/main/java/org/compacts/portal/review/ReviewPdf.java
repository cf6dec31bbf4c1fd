package org.compacts.portal.review;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
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

/** A published review on paper, from the same words as its page. */
@Component
class ReviewPdf {

	private final ITemplateEngine templates;

	private final Dates dates;

	ReviewPdf(ITemplateEngine templates, Dates dates) {
		this.templates = templates;
		this.dates = dates;
	}

	ResponseEntity<byte[]> of(String compact, Review review, HttpServletRequest request) {
		Context context = new Context(Locale.UK);
		context.setVariable("compact", compact);
		context.setVariable("review", review);
		context.setVariable("dates", dates);
		String html = templates.process("review/review-pdf", context);
		String base = ServletUriComponentsBuilder.fromContextPath(request).path("/").toUriString();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("annual-review-" + review.period() + ".pdf")
						.build()
						.toString())
			.body(Pdfs.render(html, base));
	}

}

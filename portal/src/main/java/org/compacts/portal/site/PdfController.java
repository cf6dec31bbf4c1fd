package org.compacts.portal.site;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The whole compact as a PDF, from the same fragments as its pages (the PDF template puts
 * them on paper instead of in the site's layout).
 */
@Controller
class PdfController {

	private final CompactSites sites;

	private final ITemplateEngine templates;

	private final Markdown markdown;

	private final Dates dates;

	PdfController(CompactSites sites, ITemplateEngine templates, Markdown markdown, Dates dates) {
		this.sites = sites;
		this.templates = templates;
		this.markdown = markdown;
		this.dates = dates;
	}

	@GetMapping(path = "/t/{slug:[a-z][a-z0-9-]{1,62}}/compact.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable String slug, Authentication visitor, HttpServletRequest request) {
		Compact compact = sites.compact(slug, true, visitor)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no compact here"));
		Context context = new Context(Locale.UK);
		context.setVariable("compact", compact);
		context.setVariable("md", markdown);
		context.setVariable("dates", dates);
		String html = templates.process("site/pdf", context);
		String base = ServletUriComponentsBuilder.fromContextPath(request).path("/").toUriString();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(slug + "-compact.pdf").build().toString())
			.body(Pdfs.render(html, base));
	}

}

package org.compacts.portal.site;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A page on paper: its own template (with @page rules), given the same words as the page
 * it prints, answered as a PDF shown in the browser. One way for the minutes, the annual
 * review and a consultation's results.
 */
@Component
public class PaperPages {

	private final ITemplateEngine templates;

	private final Dates dates;

	PaperPages(ITemplateEngine templates, Dates dates) {
		this.templates = templates;
		this.dates = dates;
	}

	/**
	 * @param variables the template's, beside {@code dates}
	 * @param filename what a browser saves it as
	 */
	public ResponseEntity<byte[]> pdf(String template, Map<String, ?> variables, String filename,
			HttpServletRequest request) {
		Context context = new Context(Locale.UK);
		variables.forEach(context::setVariable);
		context.setVariable("dates", dates);
		String html = templates.process(template, context);
		String base = ServletUriComponentsBuilder.fromContextPath(request).path("/").toUriString();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(Pdfs.render(html, base));
	}

}

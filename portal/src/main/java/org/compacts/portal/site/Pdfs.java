package org.compacts.portal.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/** A page written for paper (its own template, with @page rules) made into a PDF. */
public final class Pdfs {

	private Pdfs() {
	}

	/**
	 * @param baseUri where the page's relative links and images are read from
	 */
	public static byte[] render(String html, String baseUri) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			// Thymeleaf writes HTML5, which openhtmltopdf's XML parser would refuse:
			// jsoup
			// reads it into the DOM the renderer takes.
			new PdfRendererBuilder().useFastMode()
				.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html, baseUri)), baseUri)
				.toStream(out)
				.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

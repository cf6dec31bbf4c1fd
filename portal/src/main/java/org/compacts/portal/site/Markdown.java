package org.compacts.portal.site;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.BlockQuote;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import org.springframework.stereotype.Component;

/**
 * Prose as its editors write it, in Markdown, made into HTML that is safe to put in a
 * page: raw HTML is shown as text, links go only to web and mail addresses, and headings
 * start below the page's own h1. GOV.UK Frontend's classes go on what it styles.
 */
@Component
public class Markdown {

	private static final Map<Class<? extends Node>, String> CLASSES = Map.of(Paragraph.class, "govuk-body",
			BulletList.class, "govuk-list govuk-list--bullet", OrderedList.class, "govuk-list govuk-list--number",
			Link.class, "govuk-link", BlockQuote.class, "govuk-inset-text");

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new WebAndMailOnly())
		.attributeProviderFactory(context -> (node, tagName, attributes) -> {
			String css = CLASSES.get(node.getClass());
			if (css != null) {
				attributes.put("class", css);
			}
		})
		.nodeRendererFactory(HeadingBelowTheTitle::new)
		.build();

	/** Blocks of prose: paragraphs, lists, headings. */
	public String html(String markdown) {
		return markdown == null ? "" : renderer.render(parser.parse(markdown));
	}

	/**
	 * One line of a list (an undertaking, a case study): its own paragraph is left out,
	 * so that it sits in the list item.
	 */
	public String inline(String markdown) {
		String html = html(markdown).strip();
		String open = "<p class=\"govuk-body\">";
		if (html.startsWith(open) && html.endsWith("</p>") && html.indexOf("<p", 1) < 0) {
			return html.substring(open.length(), html.length() - "</p>".length());
		}
		return html;
	}

	/**
	 * "# Heading" in a section becomes an h2, as the page's title is its h1 and a page
	 * has one.
	 */
	private static final class HeadingBelowTheTitle implements NodeRenderer {

		private final HtmlNodeRendererContext context;

		private final HtmlWriter html;

		HeadingBelowTheTitle(HtmlNodeRendererContext context) {
			this.context = context;
			this.html = context.getWriter();
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(Heading.class);
		}

		@Override
		public void render(Node node) {
			int level = Math.min(((Heading) node).getLevel() + 1, 6);
			String tag = "h" + level;
			String css = level == 2 ? "govuk-heading-m" : "govuk-heading-s";
			html.line();
			html.tag(tag, Map.of("class", css));
			Node child = node.getFirstChild();
			while (child != null) {
				Node next = child.getNext();
				context.render(child);
				child = next;
			}
			html.tag("/" + tag);
			html.line();
		}

	}

	/** The only kinds of address a link in a compact may lead to. */
	private static final class WebAndMailOnly implements org.commonmark.renderer.html.UrlSanitizer {

		private static final List<String> SAFE = List.of("http:", "https:", "mailto:");

		@Override
		public String sanitizeLinkUrl(String url) {
			String trimmed = url.strip();
			String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
			int colon = lower.indexOf(':');
			int slash = lower.indexOf('/');
			boolean relative = colon < 0 || (slash >= 0 && slash < colon);
			return relative || SAFE.stream().anyMatch(lower::startsWith) ? trimmed : "";
		}

		@Override
		public String sanitizeImageUrl(String url) {
			return sanitizeLinkUrl(url);
		}

	}

}

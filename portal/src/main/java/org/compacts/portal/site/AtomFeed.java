package org.compacts.portal.site;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A compact's recent changes as an Atom feed (RFC 4287), for feed readers: the
 * "loose-leaf" compact that tells its readers when a page was replaced.
 */
final class AtomFeed {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private AtomFeed() {
	}

	/**
	 * @param site the site's address, before {@code /t/...}
	 */
	static String of(Compact compact, List<CompactSites.Change> changes, String site) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(ATOM);
			xml.writeStartElement(ATOM, "feed");
			xml.writeDefaultNamespace(ATOM);
			String home = site + "/t/" + compact.slug();
			element(xml, "id", home + "/changes");
			element(xml, "title", compact.name() + ": recent changes");
			element(xml, "updated", (changes.isEmpty() ? Instant.EPOCH : changes.get(0).at()).toString());
			link(xml, "self", home + "/changes.atom");
			link(xml, "alternate", home + "/changes");
			xml.writeStartElement("author");
			element(xml, "name", compact.name());
			xml.writeEndElement();
			for (CompactSites.Change change : changes) {
				xml.writeStartElement("entry");
				element(xml, "id", site + change.path() + "#" + change.at().toEpochMilli());
				element(xml, "title", change.title() + ": " + change.what());
				element(xml, "updated", change.at().toString());
				link(xml, "alternate", site + (change.historyPath() == null ? change.path() : change.historyPath()));
				element(xml, "summary", change.what() + ": " + change.title());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the feed", ex);
		}
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

}

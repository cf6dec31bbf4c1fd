package org.compacts.compact.success;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * What an editor writes of a success, as opposed to where it stands.
 *
 * @param organisations at least one: who made it happen
 * @param itemIds the principles and codes it shows, by stable item id
 * @param evidenceLinks http or https addresses of the evidence
 * @param sectors what it concerns, as the compact names it ("housing", "procurement")
 * @param place where it happened, for the search across compacts
 */
record Story(String title, String story, List<Party> organisations, List<UUID> itemIds, @Nullable String evidence,
		List<String> evidenceLinks, List<String> sectors, @Nullable String place) {

	Story {
		title = title.strip();
		story = story.strip();
		organisations = organisations.stream()
			.map(party -> new Party(party.organisationId(), blankAsNull(party.name())))
			.toList();
		itemIds = List.copyOf(itemIds);
		evidence = blankAsNull(evidence);
		evidenceLinks = evidenceLinks.stream().map(String::strip).toList();
		sectors = sectors.stream().map(String::strip).toList();
		place = blankAsNull(place);
	}

	/**
	 * Refuses a story with no organisation, an organisation both or neither from the
	 * register and named, one not in this compact's register, links repeated or to what
	 * is not an item of this compact, an evidence link that is not http or https, and a
	 * sector named twice.
	 * @param knownItems which of the linked ids are items of this compact
	 * @param knownOrganisations which of the organisations named by id are this compact's
	 */
	void requireSensible(Set<UUID> knownItems, Set<UUID> knownOrganisations) {
		List<InvalidField> problems = new ArrayList<>();
		if (organisations.isEmpty()) {
			problems.add(new InvalidField("organisations", "must name at least one organisation"));
		}
		for (int i = 0; i < organisations.size(); i++) {
			Party party = organisations.get(i);
			String field = "organisations[" + i + "]";
			if ((party.organisationId() == null) == (party.name() == null)) {
				problems.add(new InvalidField(field, "must be either an organisation of the register or a name"));
			}
			else if (party.organisationId() != null && !knownOrganisations.contains(party.organisationId())) {
				problems.add(new InvalidField(field + ".organisationId", "is not an organisation of this compact"));
			}
		}
		Set<UUID> seen = new HashSet<>();
		for (UUID id : itemIds) {
			if (!seen.add(id)) {
				problems.add(new InvalidField("itemIds", id + " is listed twice"));
			}
			else if (!knownItems.contains(id)) {
				problems.add(new InvalidField("itemIds", id + " is not a principle or code of this compact"));
			}
		}
		for (int i = 0; i < evidenceLinks.size(); i++) {
			if (!isWebAddress(evidenceLinks.get(i))) {
				problems.add(new InvalidField("evidenceLinks[" + i + "]", "must be an http or https address"));
			}
		}
		Set<String> named = new HashSet<>();
		for (int i = 0; i < sectors.size(); i++) {
			if (!named.add(sectors.get(i).toLowerCase(Locale.ROOT))) {
				problems.add(new InvalidField("sectors[" + i + "]", "is named twice"));
			}
		}
		if (!problems.isEmpty()) {
			throw Refusal.invalid("The success cannot be recorded as written.", problems);
		}
	}

	private static boolean isWebAddress(String link) {
		try {
			URI uri = new URI(link);
			return uri.getScheme() != null && Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static @Nullable String blankAsNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}

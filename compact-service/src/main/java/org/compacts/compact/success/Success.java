package org.compacts.compact.success;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.tenancy.VersionedTenantOwned;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A success of a compact and where it stands: a draft, approved, or public (a case study
 * anyone reads). Only an approved one is made public, and what is public is never changed
 * unseen: an editor withdraws it to approved first, and a change sends it back to draft,
 * to be approved again.
 */
@Entity
class Success extends VersionedTenantOwned {

	private String title;

	private String story;

	private String evidence;

	private String place;

	@Enumerated(EnumType.STRING)
	private State state;

	@ElementCollection
	@CollectionTable(name = "success_organisation", joinColumns = @JoinColumn(name = "success_id"))
	@OrderColumn(name = "position")
	private List<Party> organisations = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "success_link", joinColumns = @JoinColumn(name = "success_id"))
	@OrderColumn(name = "position")
	private List<SuccessLink> links = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "success_evidence_link", joinColumns = @JoinColumn(name = "success_id"))
	@OrderColumn(name = "position")
	@Column(name = "url")
	private List<String> evidenceLinks = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "success_sector", joinColumns = @JoinColumn(name = "success_id"))
	@OrderColumn(name = "position")
	@Column(name = "sector")
	private List<String> sectors = new ArrayList<>();

	private String createdBy;

	private Instant createdAt;

	private String approvedBy;

	private Instant approvedAt;

	private Instant publicSince;

	protected Success() {
	}

	/**
	 * A draft.
	 * @param knownItems the kind of each linked id that is an item of this compact
	 * @param knownOrganisations which organisations named by id are in its register
	 */
	Success(Story story, Map<UUID, ItemKind> knownItems, Set<UUID> knownOrganisations, String by, Instant at) {
		super(UUID.randomUUID());
		this.state = State.DRAFT;
		this.createdBy = by;
		this.createdAt = at;
		write(story, knownItems, knownOrganisations);
	}

	/**
	 * Rewrites it. A public one is withdrawn first; an approved one goes back to draft,
	 * since what was approved is no longer what it says.
	 */
	void revise(Story story, Map<UUID, ItemKind> knownItems, Set<UUID> knownOrganisations) {
		if (state == State.PUBLIC) {
			throw Refusal.conflict("A public case study is not changed where everyone reads it: withdraw it first.",
					"state", "is public");
		}
		write(story, knownItems, knownOrganisations);
		if (state == State.APPROVED) {
			state = State.DRAFT;
			approvedBy = null;
			approvedAt = null;
		}
	}

	void approve(String by, Instant at) {
		require(State.DRAFT, "Only a draft is approved.");
		state = State.APPROVED;
		approvedBy = by;
		approvedAt = at;
	}

	void makePublic(Instant at) {
		require(State.APPROVED, "Only an approved success is made public.");
		state = State.PUBLIC;
		publicSince = at;
	}

	/**
	 * Back to approved: off the public site, ready to be changed or made public again.
	 */
	void withdraw() {
		require(State.PUBLIC, "Only a public case study is withdrawn.");
		state = State.APPROVED;
		publicSince = null;
	}

	private void require(State expected, String detail) {
		if (state != expected) {
			throw Refusal.conflict(detail + " This one is " + state.name().toLowerCase() + ".", "state",
					"is " + state.name().toLowerCase());
		}
	}

	private void write(Story story, Map<UUID, ItemKind> knownItems, Set<UUID> knownOrganisations) {
		story.requireSensible(knownItems.keySet(), knownOrganisations);
		this.title = story.title();
		this.story = story.story();
		this.evidence = story.evidence();
		this.place = story.place();
		replace(organisations, story.organisations());
		replace(links, story.itemIds().stream().map(id -> new SuccessLink(id, knownItems.get(id))).toList());
		replace(evidenceLinks, story.evidenceLinks());
		replace(sectors, story.sectors());
	}

	/**
	 * Touches the collection only when it changes, so an unchanged one is not rewritten.
	 */
	private static <T> void replace(List<T> current, List<T> wanted) {
		if (!current.equals(wanted)) {
			current.clear();
			current.addAll(wanted);
		}
	}

	Story story() {
		return new Story(title, story, List.copyOf(organisations), links.stream().map(SuccessLink::itemId).toList(),
				evidence, List.copyOf(evidenceLinks), List.copyOf(sectors), place);
	}

	State state() {
		return state;
	}

	boolean isPublic() {
		return state == State.PUBLIC;
	}

	boolean shows(UUID itemId) {
		return links.stream().anyMatch(link -> link.itemId().equals(itemId));
	}

	String createdBy() {
		return createdBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Nullable String approvedBy() {
		return approvedBy;
	}

	@Nullable Instant approvedAt() {
		return approvedAt;
	}

	@Nullable Instant publicSince() {
		return publicSince;
	}

}

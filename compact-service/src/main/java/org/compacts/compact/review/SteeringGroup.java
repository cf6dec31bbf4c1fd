package org.compacts.compact.review;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.compacts.compact.tenancy.VersionedTenantOwned;
import org.compacts.servicekit.refusal.Refusal;

/**
 * The group that oversees a compact and conducts its annual review (South Derbyshire's
 * joint working group became its Compact Steering Group, meeting three times a year): one
 * per compact, its members and how often it meets.
 */
@Entity
class SteeringGroup extends VersionedTenantOwned {

	private String name;

	private int meetingsPerYear;

	@ElementCollection
	@CollectionTable(name = "steering_group_member", joinColumns = @JoinColumn(name = "steering_group_id"))
	@OrderColumn(name = "position")
	private List<Member> members = new ArrayList<>();

	protected SteeringGroup() {
	}

	SteeringGroup(String name, int meetingsPerYear, List<Member> members) {
		super(UUID.randomUUID());
		change(name, meetingsPerYear, members);
	}

	/** At most one chair. */
	void change(String name, int meetingsPerYear, List<Member> members) {
		if (members.stream().filter(Member::isChair).count() > 1) {
			throw Refusal.invalid("A steering group has one chair.", "members", "names more than one chair");
		}
		this.name = name;
		this.meetingsPerYear = meetingsPerYear;
		if (!this.members.equals(members)) {
			this.members.clear();
			this.members.addAll(members);
		}
	}

	/**
	 * The group as a review is signed off for: its name, and its chair when it has one.
	 */
	String signingFor() {
		return members.stream()
			.filter(Member::isChair)
			.findFirst()
			.map(chair -> name + ", chaired by " + chair.name())
			.orElse(name);
	}

	String name() {
		return name;
	}

	int meetingsPerYear() {
		return meetingsPerYear;
	}

	List<Member> members() {
		return List.copyOf(members);
	}

}

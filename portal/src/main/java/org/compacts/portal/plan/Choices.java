package org.compacts.portal.plan;

/**
 * The fixed choices of a plan and an action, as compact-service names them, with the
 * words a form's radios and a page show for each.
 */
final class Choices {

	private Choices() {
	}

	/**
	 * Who may read a plan; the service takes a plan without one as shared with the
	 * county.
	 */
	enum Visibility {

		MEMBERS("Members of this compact only"), COUNTY("Shared with the county"), PUBLIC("Public: anyone may read it");

		private final String label;

		Visibility(String label) {
			this.label = label;
		}

		public String getLabel() {
			return label;
		}

	}

	enum Priority {

		HIGH("High"), MEDIUM("Medium"), LOW("Low");

		private final String label;

		Priority(String label) {
			this.label = label;
		}

		public String getLabel() {
			return label;
		}

	}

	/**
	 * As Hounslow's champions tagged their points: one we can reach, or one we reach for.
	 */
	enum Ambition {

		ACHIEVABLE("Achievable"), ASPIRATIONAL("Aspirational");

		private final String label;

		Ambition(String label) {
			this.label = label;
		}

		public String getLabel() {
			return label;
		}

	}

}

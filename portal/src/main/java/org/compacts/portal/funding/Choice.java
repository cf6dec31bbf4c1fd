package org.compacts.portal.funding;

/** The choices the funding form offers as radios, with the words for each. */
final class Choice {

	private Choice() {
	}

	enum Kind {

		GRANT("Grant"), CONTRACT("Contract");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String getLabel() {
			return label;
		}

	}

	enum Payment {

		IN_ADVANCE("In advance"), IN_ARREARS("In arrears");

		private final String label;

		Payment(String label) {
			this.label = label;
		}

		public String getLabel() {
			return label;
		}

	}

	enum Response {

		MET("Met"), PARTLY("Partly met"), NOT_MET("Not met");

		private final String label;

		Response(String label) {
			this.label = label;
		}

		public String getLabel() {
			return label;
		}

	}

}

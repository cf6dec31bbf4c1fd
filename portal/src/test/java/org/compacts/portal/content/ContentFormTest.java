package org.compacts.portal.content;

import java.util.List;
import java.util.Map;

import org.compacts.portal.backend.Refused;
import org.compacts.portal.content.Content.Commitment;
import org.compacts.portal.content.Content.Quantity;
import org.compacts.portal.content.Content.SubCode;
import org.compacts.portal.content.ContentForm.CommitmentRow;
import org.compacts.portal.content.ContentForm.SubCodeRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentFormTest {

	static final Content VOLUNTEERING = new Content("Volunteering", null, "Volunteers matter.", "Support them",
			List.of("Train", "Thank"), List.of("Fund"), List.of(), List.of("Kent did it.", "Swale too."),
			List.of(new SubCode("Carers", "Carers too.")),
			List.of(new Commitment("Reply", "MAXIMUM", new Quantity(8, "weeks")),
					new Commitment("Listen", "PRACTICE", null)));

	@Test
	void aCodeFilledAndSentAsItIsGoesBackAsTheSameContent() {
		ContentForm form = ContentForm.of(VOLUNTEERING).withBlankRows(2);

		assertThat(form.getVcsUndertakings()).isEqualTo("Train\nThank");
		assertThat(form.getCaseStudies()).isEqualTo("Kent did it.\n\nSwale too.");
		assertThat(form.getSubCodes()).hasSize(3);
		assertThat(form.getMeasurableCommitments()).hasSize(4);
		assertThat(form.body(false)).containsExactly(Map.entry("title", "Volunteering"),
				Map.entry("whyItMatters", "Volunteers matter."), Map.entry("aim", "Support them"),
				Map.entry("vcsUndertakings", List.of("Train", "Thank")),
				Map.entry("publicSectorUndertakings", List.of("Fund")), Map.entry("allPartnersCommitments", List.of()),
				Map.entry("caseStudies", List.of("Kent did it.", "Swale too.")),
				Map.entry("subCodes", List.of(Map.of("title", "Carers", "text", "Carers too."))),
				Map.entry("measurableCommitments", List.of(
						Map.of("name", "Reply", "kind", "MAXIMUM", "quantity", Map.of("amount", 8, "unit", "weeks")),
						Map.of("name", "Listen", "kind", "PRACTICE"))));
	}

	@Test
	void aPrincipleSendsItsTitleAndTextOnly() {
		ContentForm form = new ContentForm();
		form.setTitle("Openness");
		form.setText("We share.");
		form.setAim("not sent");

		assertThat(form.body(true)).containsExactly(Map.entry("title", "Openness"), Map.entry("text", "We share."));
	}

	@Test
	void linesAndParagraphsAreTypedLooselyAndBlankRowsAreLeftOut() {
		ContentForm form = new ContentForm().withBlankRows(1);
		form.setVcsUndertakings("  Train \r\n\n  Thank\n");
		form.setCaseStudies("\nKent did it.\nOn two lines.\n \nSwale too.\n\n\n");
		SubCodeRow carers = new SubCodeRow();
		carers.setTitle("Carers");
		form.getSubCodes().add(0, carers);

		Map<String, Object> body = form.body(false);

		assertThat(body.get("vcsUndertakings")).isEqualTo(List.of("Train", "Thank"));
		assertThat(body.get("caseStudies")).isEqualTo(List.of("Kent did it.\nOn two lines.", "Swale too."));
		assertThat(body.get("subCodes")).isEqualTo(List.of(Map.of("title", "Carers", "text", "")));
		assertThat(body.get("measurableCommitments")).isEqualTo(List.of());
	}

	@Test
	void anAmountThatIsNotAWholeNumberIsRefusedUnderTheFormsNameForIt() {
		ContentForm form = new ContentForm().withBlankRows(1);
		CommitmentRow reply = new CommitmentRow();
		reply.setName("Reply");
		reply.setAmount("eight");
		form.getMeasurableCommitments().add(reply);

		assertThat(form.unsendable()).map(Refused::errors)
			.hasValueSatisfying(errors -> assertThat(errors).extracting(Refused.FieldError::field)
				.containsExactly("measurableCommitments[0].quantity.amount"));
		assertThat(form.unsendable("content.")).map(Refused::errors)
			.hasValueSatisfying(errors -> assertThat(errors).extracting(Refused.FieldError::field)
				.containsExactly("content.measurableCommitments[0].quantity.amount"));

		reply.setAmount(" 12 ");
		assertThat(form.unsendable()).isEmpty();
	}

}

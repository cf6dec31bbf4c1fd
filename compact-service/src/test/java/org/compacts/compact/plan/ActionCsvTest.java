package org.compacts.compact.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.compact.item.ItemKind;
import org.compacts.compact.plan.PlanAction.Status;
import org.compacts.servicekit.refusal.InvalidField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActionCsvTest {

	static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

	static final UUID CVS = UUID.randomUUID();

	static final UUID FUNDING = UUID.randomUUID();

	static final ActionCsv.Names NAMES = new ActionCsv.Names(Map.of("Swale CVS", CVS),
			Map.of("funding code", new ActionLink(FUNDING, ItemKind.CODE)));

	private static ActionCsv.Read read(String text) {
		return ActionCsv.read(text, NAMES, TODAY);
	}

	private static List<String> fields(ActionCsv.Read read) {
		return read.errors().stream().map(InvalidField::field).toList();
	}

	@Test
	void readsEveryColumnInAnyOrderAndCase() {
		ActionCsv.Read read = read(
				"""
						Due,TITLE,owner_organisation,Owner Person,partners,start,priority,ambition,status,progress,codes,measure
						31/03/2028,Champions training,Swale CVS,Pat,Trust; CVS ,2027-04-01,high,aspirational,on track,40%,FUNDING code,Trained
						,Consultation of 12 weeks,Kent County Council,,,,,,,,,
						""");

		assertThat(read.errors()).isEmpty();
		assertThat(read.rows()).hasSize(2);
		ActionCsv.Row first = read.rows().get(0);
		assertThat(first.line()).isEqualTo(2);
		assertThat(first.details().title()).isEqualTo("Champions training");
		assertThat(first.details().dueOn()).isEqualTo(LocalDate.of(2028, 3, 31));
		assertThat(first.details().startOn()).isEqualTo(LocalDate.of(2027, 4, 1));
		assertThat(first.details().ownerOrganisationId()).isEqualTo(CVS);
		assertThat(first.details().ownerOrganisationName()).isNull();
		assertThat(first.details().partners()).containsExactly("Trust", "CVS");
		assertThat(first.details().priority()).isEqualTo(PlanAction.Priority.HIGH);
		assertThat(first.details().ambition()).isEqualTo(PlanAction.Ambition.ASPIRATIONAL);
		assertThat(first.details().links()).containsExactly(new ActionLink(FUNDING, ItemKind.CODE));
		assertThat(first.status()).isEqualTo(Status.ON_TRACK);
		assertThat(first.progress()).isEqualTo(40);
		assertThat(first.needsUpdate()).isTrue();
		ActionCsv.Row second = read.rows().get(1);
		assertThat(second.line()).isEqualTo(3);
		assertThat(second.details().ownerOrganisationId()).isNull();
		assertThat(second.details().ownerOrganisationName()).isEqualTo("Kent County Council");
		assertThat(second.details().priority()).isEqualTo(PlanAction.Priority.MEDIUM);
		assertThat(second.status()).isEqualTo(Status.NOT_STARTED);
		assertThat(second.needsUpdate()).isFalse();
	}

	@Test
	void toleratesAByteOrderMarkAndQuotedLineBreaks() {
		ActionCsv.Read read = read(
				"\uFEFFtitle,outcome\r\n\"Awareness\",\"Every school,\nevery club\"\r\n\r\nNext,\r\n");

		assertThat(read.errors()).isEmpty();
		assertThat(read.rows()).extracting(ActionCsv.Row::line).containsExactly(2, 5);
		assertThat(read.rows().get(0).details().outcome()).isEqualTo("Every school,\nevery club");
	}

	@Test
	void namesEveryErrorByLineAndColumn() {
		ActionCsv.Read read = read("""
				title,due,start,priority,ambition,status,progress,completed,drop_reason,codes
				,2027-02-30,,urgent,maybe,done,90,,,Nothing
				Late,2027-01-01,2027-02-01,,,dropped,,,,
				Early,,,,,on track,101,2027-05-01,why,
				""");

		assertThat(read.rows()).isEmpty();
		assertThat(fields(read)).containsExactlyInAnyOrder("line 2: title", "line 2: due", "line 2: priority",
				"line 2: ambition", "line 2: completed", "line 2: progress", "line 2: codes", "line 3: due",
				"line 3: drop_reason", "line 4: progress", "line 4: completed", "line 4: drop_reason");
		assertThat(read.errors()).contains(
				new InvalidField("line 2: due", "must be a date as yyyy-mm-dd or dd/mm/yyyy"),
				new InvalidField("line 3: due", "is before the start, 2027-02-01"));
		assertThat(read.errorCount()).isEqualTo(12);
	}

	@Test
	void refusesUnknownRepeatedAndMissingColumns() {
		ActionCsv.Read read = read("Colour,outcome,Outcome\nred,a,b\n");

		assertThat(fields(read)).containsExactly("line 1: Colour", "line 1: outcome", "line 1: title");
		assertThat(read.errors().get(0).reason())
			.startsWith("is not a column of an action plan; the columns are title");
	}

	@Test
	void refusesAnEmptyFileAndOneWithoutActions() {
		assertThat(fields(read(""))).containsExactly("line 1");
		assertThat(fields(read("title\n\n"))).containsExactly("line 2");
	}

	@Test
	void refusesAnUnfinishedQuoteAndCellsBeyondTheHeader() {
		assertThat(fields(read("title\n\"Open quote\n"))).containsExactly("line 1");
		assertThat(fields(read("title\nOne,two\n"))).containsExactly("line 2");
	}

	@Test
	void keepsAtMostAHundredErrorsAndCountsThemAll() {
		StringBuilder file = new StringBuilder("title,due\n");
		for (int i = 0; i < 150; i++) {
			file.append("t,never\n");
		}
		ActionCsv.Read read = read(file.toString());

		assertThat(read.errors()).hasSize(ActionCsv.MAX_ERRORS);
		assertThat(read.errorCount()).isEqualTo(150);
	}

	@Test
	void writesFormulasQuotedAndReadsThemBack() {
		String written = ActionCsv.write(List.of("title", "progress"),
				List.of(List.of("=HYPERLINK(\"x\")", -5), List.of("@SUM(1)", "+1 more"), List.of("- a list", "-2.5")));

		assertThat(written).startsWith("\uFEFFtitle,progress\r\n")
			.contains("\"'=HYPERLINK(\"\"x\"\")\",-5\r\n")
			.contains("'@SUM(1),'+1 more\r\n")
			.contains("'- a list,-2.5\r\n");
		ActionCsv.Read read = read(ActionCsv.write(List.of("title"), List.of(List.of("=1+1"))));
		assertThat(read.rows().get(0).details().title()).isEqualTo("=1+1");
	}

}

package org.compacts.compact.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.compacts.compact.document.SectionKey;
import org.compacts.compact.versioning.CodeOfPracticeContent;
import org.compacts.compact.versioning.MeasurableCommitment;
import org.compacts.compact.versioning.Mode;
import org.compacts.compact.versioning.PrincipleContent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CompactFileReaderTest {

	private final CompactFileReader reader = new CompactFileReader();

	/** A small valid compact file; each test breaks one thing in it. */
	private static final String SMALL = """
			title: Swale Compact
			principles:
			  - {title: Openness, text: Partners share information openly., mode: core}
			codes:
			  - title: Consultation
			    aim: The VCS can comment on and influence policy.
			    mode: adaptable
			    measurableCommitments:
			      - {name: standard consultation period, kind: standard, amount: 12, unit: weeks}
			      - {name: full cost recovery, kind: practice}
			glossary:
			  - {term: VCS, meaning: Voluntary and community sector.}
			""";

	private static byte[] kentYaml() throws IOException {
		try (InputStream in = CompactFileReaderTest.class.getResourceAsStream("/import/kent-compact.yaml")) {
			assertThat(in).as("the Kent seed on the class path").isNotNull();
			return in.readAllBytes();
		}
	}

	private CompactFile parsed(byte[] content, String contentTypeOrName) {
		ReadResult result = reader.read(content, contentTypeOrName);
		assertThat(result).as("%s", result).isInstanceOf(ReadResult.Parsed.class);
		return ((ReadResult.Parsed) result).file();
	}

	private List<FileError> errors(String content, String contentTypeOrName) {
		return errors(content.getBytes(StandardCharsets.UTF_8), contentTypeOrName);
	}

	private List<FileError> errors(byte[] content, String contentTypeOrName) {
		ReadResult result = reader.read(content, contentTypeOrName);
		assertThat(result).as("%s", result).isInstanceOf(ReadResult.Invalid.class);
		return ((ReadResult.Invalid) result).errors();
	}

	private static FileError only(List<FileError> errors) {
		assertThat(errors).hasSize(1);
		return errors.get(0);
	}

	/** The line (from 1) of the first line of the text that contains the marker. */
	private static int lineOf(String text, String marker) {
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(marker)) {
				return i + 1;
			}
		}
		throw new AssertionError("no line with " + marker);
	}

	@Test
	void theKentSeedReadsAsTheCompactTheDraftDescribes() throws IOException {
		CompactFile kent = parsed(kentYaml(), "kent-compact.yaml");

		assertThat(kent.title()).isEqualTo("Kent Partners Compact");
		assertThat(kent.sections()).extracting(CompactFile.Section::key)
			.containsExactly(SectionKey.FOREWORD, SectionKey.INTRODUCTION, SectionKey.IMPLEMENTATION,
					SectionKey.COMPLIANCE_AND_RESOLUTION, SectionKey.MONITORING_AND_REVIEW);
		assertThat(kent.sections().get(1).body())
			.startsWith("The Kent Partners Compact is a partnership agreement between the Voluntary & Community Sector")
			.doesNotEndWith("\n");
		assertThat(kent.sections().get(3).body()).contains("CEDR Compact Mediation Scheme")
			.contains("The first action is always to bring it to the other party's attention.");

		assertThat(kent.principles()).extracting(shared -> shared.content().title())
			.containsExactly("Openness", "Honesty", "Accountability", "Integrity", "Respect", "Trust", "Confidence",
					"Objectivity", "Understanding", "Transparency", "Common purpose", "Leadership",
					"Good communications", "Listening");
		assertThat(kent.principles()).extracting(CompactFile.Shared::mode).containsOnly(Mode.CORE);

		assertThat(kent.codes()).extracting(shared -> shared.content().title())
			.containsExactly("Funding, Procurement, Resources and Commissioning", "Volunteering", "Consultation",
					"Equality and Diversity");
		assertThat(kent.codes()).extracting(CompactFile.Shared::mode).containsOnly(Mode.ADAPTABLE);

		CodeOfPracticeContent consultation = kent.codes().get(2).content();
		assertThat(consultation.aim()).isEqualTo("This code aims to ensure that the VCS is able to comment on and "
				+ "influence policy, strategy and service delivery plans.");
		assertThat(consultation.publicSectorUndertakings())
			.contains("12 weeks consultation as per the national standard, with a minimum of 8 weeks");
		assertThat(consultation.caseStudies()).containsExactly("Vision for Kent Consultation Process",
				"Learning Strategy in Swale");
		assertThat(consultation.measurableCommitments()).containsExactly(
				MeasurableCommitment.standard("standard consultation period", 12, "weeks"),
				MeasurableCommitment.minimum("minimum consultation period", 8, "weeks"));

		CodeOfPracticeContent funding = kent.codes().get(0).content();
		assertThat(funding.whyItMatters()).startsWith("This is a fundamentally important code")
			.endsWith("encouraging community cohesion at its best.");
		assertThat(funding.allPartnersCommitments()).hasSize(5).contains("Three year funding where appropriate");
		assertThat(funding.measurableCommitments()).containsExactly(
				MeasurableCommitment.standard("funding term where appropriate", 3, "years"),
				MeasurableCommitment.practice("full cost recovery"));

		CodeOfPracticeContent equality = kent.codes().get(3).content();
		assertThat(equality.vcsUndertakings()).isEmpty();
		assertThat(equality.allPartnersCommitments()).contains("To work in partnership with the Kent BME network");

		assertThat(kent.glossary()).hasSize(41)
			.contains(new CompactFile.GlossaryEntry("Kent CAN", "the Kent Community Action Network, which is a County "
					+ "Level Voluntary/Community Sector Infrastructure Organisation that ensures the VCS has a voice in "
					+ "Kent to benefit the people the sector works to help."))
			.extracting(CompactFile.GlossaryEntry::term)
			.contains("Strengthening Partnerships: Next Steps for Compact")
			.doesNotContain("Full Cost Recovery");
		assertThat(kent.contacts()).extracting(CompactFile.Contact::name)
			.containsExactly("Sarah Williams", "Brian Clacy", "Colin Maclean");
		assertThat(kent.contacts().get(0).email()).isEqualTo("sarah@swalecvs.co.uk");
		assertThat(kent.contacts().get(1).role()).isNull();
	}

	@Test
	void theSameCompactInJsonReadsTheSameAsInYaml() throws IOException {
		byte[] yaml = kentYaml();
		byte[] json = JsonMapper.shared()
			.writerWithDefaultPrettyPrinter()
			.writeValueAsBytes(YAMLMapper.builder().build().readTree(yaml));

		CompactFile fromYaml = parsed(yaml, "application/yaml");
		CompactFile fromJson = parsed(json, "application/json");
		CompactFile sniffed = parsed(json, null);

		assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{");
		assertThat(fromJson).isEqualTo(fromYaml);
		assertThat(sniffed).isEqualTo(fromYaml);
	}

	@Test
	void theSmallFileReadsWithDefaultsForWhatItLeavesOut() {
		CompactFile small = parsed(SMALL.getBytes(StandardCharsets.UTF_8), "small.yml");

		assertThat(small.sections()).isEmpty();
		assertThat(small.contacts()).isEmpty();
		assertThat(small.principles()).containsExactly(new CompactFile.Shared<>(
				new PrincipleContent("Openness", "Partners share information openly."), Mode.CORE));
		CodeOfPracticeContent code = small.codes().get(0).content();
		assertThat(code.whyItMatters()).isEmpty();
		assertThat(code.vcsUndertakings()).isEmpty();
		assertThat(code.subCodes()).isEmpty();
	}

	@Test
	void aYamlSyntaxErrorNamesItsLine() {
		String broken = SMALL.replace("mode: adaptable", "mode: adaptable\n   aim: misaligned");

		FileError error = only(errors(broken, "application/yaml"));

		assertThat(error.line()).isEqualTo(lineOf(broken, "aim: misaligned"));
		assertThat(error.reason()).startsWith("is not valid YAML: ");
	}

	@Test
	void anUnclosedQuoteInYamlNamesTheLineItOpensOn() {
		String broken = SMALL.replace("{term: VCS, meaning: Voluntary and community sector.}",
				"{term: VCS, meaning: \"Voluntary and community sector.}");

		FileError error = only(errors(broken, "kent.yaml"));

		assertThat(error.line()).isEqualTo(lineOf(broken, "term: VCS"));
		assertThat(error.reason()).contains("quoted scalar");
	}

	@Test
	void aJsonSyntaxErrorNamesItsLineAndColumn() {
		String broken = """
				{
				  "title": "Swale Compact",
				  "principles": [],
				  "codes": [
				    {"title": "Consultation" "aim": "x", "mode": "core"}
				  ]
				}
				""";

		FileError error = only(errors(broken, "application/json"));

		assertThat(error.line()).isEqualTo(lineOf(broken, "\"aim\""));
		assertThat(error.column()).isEqualTo(broken.lines().toList().get(error.line() - 1).indexOf("\"aim\"") + 1);
		assertThat(error.field()).startsWith("codes[0]");
		assertThat(error.reason()).startsWith("is not valid JSON: ");
	}

	@Test
	void aMissingRequiredFieldIsNamedOnTheLineOfWhatShouldHoldIt() {
		String broken = SMALL.replace("    aim: The VCS can comment on and influence policy.\n", "");

		FileError error = only(errors(broken, "application/yaml"));

		assertThat(error.field()).isEqualTo("codes[0].aim");
		assertThat(error.reason()).isEqualTo("is required");
		assertThat(error.line()).isEqualTo(lineOf(broken, "- title: Consultation"));
	}

	@Test
	void anOverLongTitleIsNamedWithTheLimit() {
		String longTitle = "Openness ".repeat(23).strip();
		String broken = SMALL.replace("{title: Openness,", "{title: " + longTitle + ",");

		FileError error = only(errors(broken, "application/yaml"));

		assertThat(error.field()).isEqualTo("principles[0].title");
		assertThat(error.reason()).isEqualTo("must be at most 200 characters long, not " + longTitle.length());
		assertThat(error.line()).isEqualTo(lineOf(broken, "title: Openness Openness"));
	}

	@Test
	void aModeOrKindOutsideItsValuesIsNamedWithTheValuesThereAre() {
		String broken = SMALL.replace("mode: core}", "mode: kore}").replace("kind: practice", "kind: habit");

		List<FileError> errors = errors(broken, "application/yaml");

		assertThat(errors).containsExactly(
				new FileError(lineOf(broken, "kore"), errors.get(0).column(), "principles[0].mode",
						"must be one of core, adaptable, not 'kore'"),
				new FileError(lineOf(broken, "habit"), errors.get(1).column(), "codes[0].measurableCommitments[1].kind",
						"must be one of minimum, standard, maximum, practice, not 'habit'"));
	}

	@Test
	void anUnknownFieldIsNamedWithTheFieldsThatAreKnownThere() {
		String broken = SMALL.replace("    mode: adaptable", "    mode: adaptable\n    aims: Another aim.");

		FileError error = only(errors(broken, "application/yaml"));

		assertThat(error.field()).isEqualTo("codes[0].aims");
		assertThat(error.line()).isEqualTo(lineOf(broken, "aims: Another aim."));
		assertThat(error.column()).isEqualTo(5);
		assertThat(error.reason()).startsWith("is not a field here; the fields here are title, whyItMatters, aim,");
	}

	@Test
	void textWhereAListOrANumberIsExpectedIsNamed() {
		String broken = SMALL.replace("aim: The VCS can comment on and influence policy.", "aim: 12")
			.replace("amount: 12", "amount: twelve");

		List<FileError> errors = errors(broken, "application/yaml");

		assertThat(errors).extracting(FileError::field, FileError::reason)
			.containsExactly(tuple("codes[0].aim", "must be text, not a whole number"),
					tuple("codes[0].measurableCommitments[0].amount", "must be a whole number, not text"));
	}

	@Test
	void aBlankTextIsOneErrorNotTwo() {
		String broken = SMALL.replace("{term: VCS, meaning: Voluntary and community sector.}",
				"{term: \"  \", meaning: Voluntary and community sector.}");

		FileError error = only(errors(broken, "application/yaml"));

		assertThat(error.field()).isEqualTo("glossary[0].term");
		assertThat(error.reason()).isEqualTo("must not be blank");
	}

	@Test
	void aCodeTitleUsedTwiceIgnoringCaseIsNamedWhereItIsRepeated() {
		String broken = SMALL.replace("glossary:\n", """
				  - title: " consultation"
				    aim: Another code with the same title.
				    mode: core
				glossary:
				""");

		FileError error = only(errors(broken, "application/yaml"));

		assertThat(error.field()).isEqualTo("codes[1].title");
		assertThat(error.line()).isEqualTo(lineOf(broken, "\" consultation\""));
		assertThat(error.reason())
			.startsWith("repeats codes[0].title (line " + lineOf(broken, "- title: Consultation"));
	}

	@Test
	void aGlossaryTermExplainedTwiceIgnoringCaseIsNamed() {
		String broken = SMALL + "  - {term: vcs, meaning: The same term again.}\n";

		FileError error = only(errors(broken, "application/yaml"));

		assertThat(error.field()).isEqualTo("glossary[1].term");
		assertThat(error.line()).isEqualTo(lineOf(broken, "term: vcs"));
	}

	@Test
	void twoCommitmentsOfOneCodeWithOneNameAreNamed() {
		String broken = SMALL.replace("{name: full cost recovery, kind: practice}",
				"{name: Standard Consultation Period, kind: minimum, amount: 8, unit: weeks}");

		FileError error = only(errors(broken, "application/yaml"));

		assertThat(error.field()).isEqualTo("codes[0].measurableCommitments[1].name");
		assertThat(error.line()).isEqualTo(lineOf(broken, "Standard Consultation Period"));
	}

	@Test
	void aPracticeWithAnAmountIsRefused() {
		String broken = SMALL.replace("{name: full cost recovery, kind: practice}",
				"{name: full cost recovery, kind: practice, amount: 100, unit: percent}");

		List<FileError> errors = errors(broken, "application/yaml");

		assertThat(errors).extracting(FileError::field)
			.containsExactlyInAnyOrder("codes[0].measurableCommitments[1].amount",
					"codes[0].measurableCommitments[1].unit");
		assertThat(errors).allSatisfy(error -> {
			assertThat(error.line()).isEqualTo(lineOf(broken, "kind: practice, amount"));
			assertThat(error.reason()).startsWith("is not allowed for a practice");
		});
	}

	@Test
	void aMinimumWithoutAnAmountIsRefused() {
		String broken = SMALL.replace("{name: full cost recovery, kind: practice}",
				"{name: minimum consultation period, kind: minimum, unit: weeks}");

		FileError error = only(errors(broken, "application/yaml"));

		assertThat(error.field()).isEqualTo("codes[0].measurableCommitments[1].amount");
		assertThat(error.reason()).startsWith("is required for a minimum commitment");
		assertThat(error.line()).isEqualTo(lineOf(broken, "kind: minimum"));
	}

	@Test
	void aFieldGivenTwiceInOneMappingIsNamedAtItsSecondUse() {
		String broken = SMALL.replace("    mode: adaptable", "    mode: adaptable\n    aim: A second aim.");

		FileError error = only(errors(broken, "application/yaml"));

		assertThat(error.field()).isEqualTo("codes[0].aim");
		assertThat(error.line()).isEqualTo(lineOf(broken, "aim: A second aim."));
		assertThat(error.reason()).contains("first on line " + lineOf(broken, "aim: The VCS"));
	}

	@Test
	void errorsComeInTheOrderOfTheFileWithTheirLines() {
		String broken = SMALL.replace("title: Swale Compact", "title: Swale Compact\nsignatories: []")
			.replace("mode: core}", "mode: kore}")
			.replace("term: VCS", "term: \"\"");

		List<FileError> errors = errors(broken, "application/yaml");

		assertThat(errors).extracting(FileError::field)
			.containsExactly("signatories", "principles[0].mode", "glossary[0].term");
		assertThat(errors).extracting(FileError::line)
			.containsExactly(lineOf(broken, "signatories"), lineOf(broken, "kore"), lineOf(broken, "term: \"\""));
	}

	@Test
	void whatIsNotACompactAtAllIsAnErrorNotAnException() {
		assertThat(only(errors("", "application/yaml")).reason()).isEqualTo("the file is empty");
		assertThat(only(errors("# only a comment\n", "application/yaml")).reason()).isEqualTo("the file is empty");
		assertThat(only(errors("- a list\n- not a mapping\n", "application/yaml")).reason())
			.isEqualTo("must be a mapping of fields, not a list");
		String twoDocuments = SMALL + "---\ntitle: Another\n";
		assertThat(only(errors(twoDocuments, "application/yaml")))
			.satisfies(error -> assertThat(error.line()).isEqualTo(lineOf(twoDocuments, "title: Another")))
			.satisfies(error -> assertThat(error.reason()).startsWith("the file holds more than one document"));
		assertThat(only(errors("[".repeat(100_000), "application/json")).reason())
			.isEqualTo("is nested deeper than a compact file ever goes");
		assertThat(only(errors("a: " + "[".repeat(100_000), "application/yaml")).reason())
			.isEqualTo("is nested deeper than a compact file ever goes");
		assertThat(only(errors(new byte[] { 't', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n' },
				"application/yaml"))
			.reason()).startsWith("is not valid YAML");
		assertThat(only(errors(new byte[CompactFileReader.MAX_BYTES + 1], "application/json")).reason())
			.startsWith("the file is larger than");
	}

}

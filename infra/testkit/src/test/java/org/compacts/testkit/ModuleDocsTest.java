package org.compacts.testkit;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleDocsTest {

	@Test
	void sortsEachRunOfComponentsAndOfRelationsAndKeepsEveryOtherLineInPlace() {
		List<String> written = List.of("@startuml", "  Component(B)", "  Component(A)", "}", "", "Rel(Item, Web)",
				"Rel(Adoption, Item)", "", "SHOW_LEGEND(true)", "@enduml");

		assertThat(ModuleDocs.sorted(written)).containsExactly("@startuml", "  Component(A)", "  Component(B)", "}", "",
				"Rel(Adoption, Item)", "Rel(Item, Web)", "", "SHOW_LEGEND(true)", "@enduml");
	}

	@Test
	void findsTheDocsFolderOfTheModuleFromItsTestClasses() {
		assertThat(ModuleDocs.folderFor(ModuleDocsTest.class)).endsWith("docs/modules/testkit");
	}

}

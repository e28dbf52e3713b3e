package org.satellite.checking.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComponentListTests {

	@Test
	void readsTheListSyntaxOfTheDrugCheckingBcFile() {
		assertThat(ComponentList.parse("['Fentanyl HCl', 'Caffeine', 'Uncertain Match']"))
			.contains(List.of("Fentanyl HCl", "Caffeine", "Uncertain Match"));
	}

	@Test
	void leavesOutEmptyEntriesAndReadsAnEmptyList() {
		assertThat(ComponentList.parse("['Cocaine Base', '']")).contains(List.of("Cocaine Base"));
		assertThat(ComponentList.parse("[]")).contains(List.of());
		assertThat(ComponentList.parse("")).contains(List.of());
	}

	@Test
	void readsDoubleQuotesAndEscapedQuotesInsideNames() {
		assertThat(ComponentList.parse("[\"4'-Methyl\", 'It\\'s']")).contains(List.of("4'-Methyl", "It's"));
	}

	@Test
	void readsPlainTextSeparatedBySemicolons() {
		assertThat(ComponentList.parse("Heroin HCl; Fentanyl HCl;")).contains(List.of("Heroin HCl", "Fentanyl HCl"));
	}

	@Test
	void refusesAListThatNeverCloses() {
		assertThat(ComponentList.parse("['Ketamine HCl', 'Caff")).isEmpty();
		assertThat(ComponentList.parse("['Ketamine HCl', 'Caffeine'")).isEmpty();
		assertThat(ComponentList.parse("[Ketamine]")).isEmpty();
	}

	@Test
	void splitsByTheSeparatorAPersonChoseSoFentanylIsNeverLost() {
		assertThat(ComponentList.parse("Caffeine + Fentanyl HCl", "+")).contains(List.of("Caffeine", "Fentanyl HCl"));
		assertThat(ComponentList.parse("Caffeine|Fentanyl HCl|", "|")).contains(List.of("Caffeine", "Fentanyl HCl"));
		assertThat(ComponentList.parse("2,4-Dinitrophenol + Caffeine", "+"))
			.contains(List.of("2,4-Dinitrophenol", "Caffeine"));
		assertThat(ComponentList.parse("Heroin, Fentanyl", ",")).contains(List.of("Heroin", "Fentanyl"));
	}

	@Test
	void readsABracketedListWhateverSeparatorWasChosen() {
		assertThat(ComponentList.parse("['Caffeine', 'Fentanyl HCl']", "+"))
			.contains(List.of("Caffeine", "Fentanyl HCl"));
	}

}

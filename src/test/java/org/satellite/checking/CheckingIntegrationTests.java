package org.satellite.checking;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.satellite.checking.internal.CollectionMode;
import org.satellite.checking.internal.Findings;
import org.satellite.checking.internal.MatchQuality;
import org.satellite.checking.internal.NameInUse;
import org.satellite.checking.internal.NewSample;
import org.satellite.checking.internal.Sample;
import org.satellite.checking.internal.SampleCode;
import org.satellite.checking.internal.SampleForm;
import org.satellite.checking.internal.SampleResult;
import org.satellite.checking.internal.Samples;
import org.satellite.checking.internal.Strip;
import org.satellite.checking.internal.StripResult;
import org.satellite.checking.internal.Substance;
import org.satellite.checking.internal.Verdict;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.Refusal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Samples, their tests and results, and the vocabulary, on the real database of the
 * shared test context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class CheckingIntegrationTests {

	static final StaffMember CHECKER = new StaffMember("checker-test", Role.CHECKER, Optional.empty());

	static final StaffMember ADMIN = new StaffMember("admin-test", Role.ADMIN, Optional.empty());

	static final StaffMember PEER = new StaffMember("peer-test", Role.PEER_WORKER, Optional.of("SAT-01"));

	@Autowired
	Samples samples;

	@Autowired
	Vocabulary vocabulary;

	@Autowired
	ApplicationEvents events;

	@Test
	void recordsASampleWithACodeThatReadsBackAndNothingAboutThePerson() {
		String code = this.samples.record(CHECKER, sample("Fentanyl"), key());

		assertThat(SampleCode.parse(SampleCode.display(code))).contains(code);
		Sample sample = this.samples.require(code);
		assertThat(sample.zoneCode()).isEqualTo("DT");
		assertThat(sample.siteCode()).isEqualTo("SAT-01");
		assertThat(sample.expected().substance().nameEn()).isEqualTo("Fentanyl");
		assertThat(sample.ready()).isFalse();
	}

	@Test
	void theSameIntakeSentTwiceGivesOneSample() {
		String key = key();

		String first = this.samples.record(CHECKER, sample("MDMA"), key);
		String second = this.samples.record(CHECKER, sample("MDMA"), key);

		assertThat(second).isEqualTo(first);
	}

	@Test
	void onlyCheckersAndAdminsRecordSamples() {
		assertThatThrownBy(() -> this.samples.record(PEER, sample("MDMA"), key())).isInstanceOf(NotAllowed.class);
	}

	@Test
	void fentanylInCocaineIsNotableAndTheReleasePublishesTheEvent() {
		String code = this.samples.record(CHECKER, sample("Cocaine"), key());
		this.samples.recordStrip(CHECKER, code, Strip.FENTANYL, StripResult.POSITIVE);
		this.samples.recordComponent(CHECKER, code, "Cocaine HCl", MatchQuality.MATCH, null, key());
		this.samples.recordComponent(CHECKER, code, "Fentanyl HCl", MatchQuality.MATCH, new BigDecimal("4.5"), key());

		this.samples.release(CHECKER, code);

		SampleResult result = SampleResult.of(this.samples.require(code));
		assertThat(result.expectedFound()).isTrue();
		assertThat(result.found()).extracting(Substance::nameEn).containsExactly("Cocaine", "Fentanyl");
		assertThat(result.notable()).extracting(Findings.Notable::reason).containsExactly("fentanylUnexpected");
		assertThat(this.events.stream(NotableSubstanceFound.class).filter((event) -> event.sampleCode().equals(code)))
			.singleElement()
			.satisfies((event) -> {
				assertThat(event.substances()).containsExactly("Fentanyl");
				assertThat(event.classes()).containsExactly(SubstanceClass.OPIOID);
				assertThat(event.reasons()).containsExactly("fentanylUnexpected");
				assertThat(event.zoneCode()).isEqualTo("DT");
			});
	}

	@Test
	void aBenzodiazepineInAnOpioidIsNotableButFentanylInFentanylIsNot() {
		String code = this.samples.record(CHECKER, sample("Fentanyl"), key());
		this.samples.recordComponent(CHECKER, code, "Fentanyl HCl", MatchQuality.MATCH, null, key());
		this.samples.recordComponent(CHECKER, code, "etizolam", MatchQuality.UNCERTAIN, null, key());

		SampleResult result = SampleResult.of(this.samples.require(code));

		assertThat(result.notable()).extracting(Findings.Notable::reason).containsExactly("benzoInOpioid");
		assertThat(result.found()).extracting(Substance::nameEn).contains("Etizolam");
	}

	@Test
	void keepsInstrumentVerdictsAsVerdictsNotSubstances() {
		String code = this.samples.record(CHECKER, sample("Unknown"), key());
		this.samples.recordComponent(CHECKER, code, "Uncertain Match", MatchQuality.UNCERTAIN, null, key());
		this.samples.recordComponent(CHECKER, code, "No Library Match", MatchQuality.NO_LIBRARY_MATCH, null, key());

		SampleResult result = SampleResult.of(this.samples.require(code));

		assertThat(result.found()).isEmpty();
		assertThat(result.verdicts()).containsExactly(Verdict.UNCERTAIN_MATCH, Verdict.NO_LIBRARY_MATCH);
	}

	@Test
	void readsASaltFormOfAKnownSubstanceAsThatSubstance() {
		String code = this.samples.record(CHECKER, sample("Ketamine"), key());
		this.samples.recordComponent(CHECKER, code, "Ketamine   Citrate", MatchQuality.MATCH, null, key());

		NameInUse name = this.samples.require(code).components().get(0).name();

		assertThat(name.substance().nameEn()).isEqualTo("Ketamine");
		assertThat(name.salt()).isEqualTo("Citrate");
	}

	@Test
	void anUnknownNameWaitsForReviewAndItsMappingAppliesToEverySampleThatUsedIt() {
		String unknown = "Zorbital " + UUID.randomUUID().toString().substring(0, 6);
		String one = this.samples.record(CHECKER, sample("Heroin"), key());
		String two = this.samples.record(CHECKER, sample("Heroin"), key());
		this.samples.recordComponent(CHECKER, one, unknown, MatchQuality.MATCH, null, key());
		this.samples.recordComponent(CHECKER, two, unknown.toUpperCase(), MatchQuality.MATCH, null, key());

		assertThat(this.vocabulary.reviewQueue()).anySatisfy((name) -> {
			assertThat(name.written()).isEqualTo(unknown);
			assertThat(name.samples()).isEqualTo(2);
		});
		assertThat(SampleResult.of(this.samples.require(one)).unmapped()).containsExactly(unknown);

		int heroin = substance("Heroin").id();
		this.vocabulary.map(ADMIN, unknown, heroin);

		assertThat(this.vocabulary.reviewQueue()).noneMatch((name) -> name.written().equals(unknown));
		assertThat(SampleResult.of(this.samples.require(one)).found()).extracting(Substance::nameEn)
			.containsExactly("Heroin");
		assertThat(SampleResult.of(this.samples.require(two)).found()).extracting(Substance::nameEn)
			.containsExactly("Heroin");
	}

	@Test
	void refusesAMappingThatWouldMoveANameToAnotherClass() {
		assertThatThrownBy(() -> this.vocabulary.map(ADMIN, "Fentanyl HCl", substance("Caffeine").id()))
			.isInstanceOf(Refusal.class)
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo("checking.error.mergesClasses");
		assertThat(this.vocabulary.name("Fentanyl HCl").orElseThrow().substance().nameEn()).isEqualTo("Fentanyl");
	}

	@Test
	void refusesMergingSubstancesOfTwoClasses() {
		assertThatThrownBy(() -> this.vocabulary.merge(ADMIN, substance("Cocaine").id(), substance("Heroin").id()))
			.isInstanceOf(Refusal.class);
		assertThat(this.vocabulary.name("Cocaine HCl").orElseThrow().substance().nameEn()).isEqualTo("Cocaine");
	}

	@Test
	void onlyAdminsMapNames() {
		assertThatThrownBy(() -> this.vocabulary.map(CHECKER, "Fentanyl HCl", substance("Fentanyl").id()))
			.isInstanceOf(NotAllowed.class);
	}

	@Test
	void aSubstanceMarkedNotableMakesEveryResultWithItNotable() {
		Substance added = this.vocabulary.addSubstance(ADMIN,
				"Testanil " + UUID.randomUUID().toString().substring(0, 5), "Testanil", SubstanceClass.OPIOID);
		String code = this.samples.record(CHECKER, sample("Heroin"), key());
		this.samples.recordComponent(CHECKER, code, added.nameEn(), MatchQuality.MATCH, null, key());
		assertThat(SampleResult.of(this.samples.require(code)).notable()).isEmpty();

		this.vocabulary.markNotable(ADMIN, added.id(), true);

		assertThat(SampleResult.of(this.samples.require(code)).notable()).extracting(Findings.Notable::reason)
			.containsExactly("marked");
	}

	@Test
	void nothingCanBeAddedOnceTheResultIsReleased() {
		String code = this.samples.record(CHECKER, sample("MDMA"), key());
		this.samples.recordComponent(CHECKER, code, "MDMA", MatchQuality.MATCH, null, key());
		this.samples.release(CHECKER, code);

		assertThatThrownBy(() -> this.samples.recordStrip(CHECKER, code, Strip.FENTANYL, StripResult.POSITIVE))
			.isInstanceOf(Refusal.class);
		assertThat(this.samples.require(code).strips()).isEmpty();
	}

	@Test
	void refusesAResultWithoutAnyTest() {
		String code = this.samples.record(CHECKER, sample("MDMA"), key());

		assertThatThrownBy(() -> this.samples.release(CHECKER, code)).isInstanceOf(Refusal.class);
		assertThat(this.samples.require(code).ready()).isFalse();
	}

	private Substance substance(String name) {
		return this.vocabulary.substances().stream().filter((s) -> s.nameEn().equals(name)).findFirst().orElseThrow();
	}

	static NewSample sample(String expected) {
		return new NewSample("site:SAT-01", CollectionMode.WALK_IN, expected, SampleForm.POWDER, "white", "fine", null);
	}

	static String key() {
		return UUID.randomUUID().toString();
	}

}

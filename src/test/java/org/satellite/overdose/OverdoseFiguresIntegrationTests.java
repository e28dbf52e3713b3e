package org.satellite.overdose;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.SiteKind;
import org.satellite.network.Sites;
import org.satellite.overdose.internal.NaloxoneForm;
import org.satellite.overdose.internal.NaloxoneHandouts;
import org.satellite.overdose.internal.NewOverdoseResponse;
import org.satellite.overdose.internal.NoCallReason;
import org.satellite.overdose.internal.OverdoseFigures;
import org.satellite.overdose.internal.OverdosePeriod;
import org.satellite.overdose.internal.OverdoseResponses;
import org.satellite.overdose.internal.ReplacementReason;
import org.satellite.overdose.internal.Responder;
import org.satellite.overdose.internal.ResponseOutcome;
import org.satellite.platform.ProgramTime;
import org.satellite.supplies.NewDistribution;
import org.satellite.supplies.SupplyLedger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OverdoseFiguresIntegrationTests {

	@Autowired
	OverdoseFigures figures;

	@Autowired
	OverdoseResponses responses;

	@Autowired
	NaloxoneHandouts handouts;

	@Autowired
	SupplyLedger ledger;

	@Autowired
	Sites sites;

	@Autowired
	ProgramTime time;

	String site;

	StaffMember peer;

	@BeforeEach
	void openSite() {
		if (this.sites.zone("FIG-ZONE").isEmpty()) {
			this.sites.addZone("FIG-ZONE", "Figures zone", "Zone des chiffres");
		}
		this.site = "F-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.sites.open(this.site, "FIG-ZONE", SiteKind.HOME, LocalDate.of(2024, 1, 1));
		this.peer = new StaffMember("peer-" + this.site.toLowerCase(), Role.PEER_WORKER, Optional.of(this.site));
	}

	@Test
	void theSiteMonthCountsResponsesNaloxoneSurvivalAnd911() {
		record(2, NaloxoneForm.NASAL, true, null, ResponseOutcome.TAKEN_TO_HOSPITAL);
		record(1, NaloxoneForm.INJECTABLE, false, NoCallReason.FEAR_OF_POLICE, ResponseOutcome.RECOVERED_ON_SITE);
		record(0, null, false, NoCallReason.PERSON_RECOVERED, ResponseOutcome.RECOVERED_ON_SITE);
		var hard = record(3, NaloxoneForm.NASAL, true, null, ResponseOutcome.DIED);
		this.responses.requestCheckIn(this.peer, hard);

		OverdosePeriod month = this.figures.of(this.site, this.time.thisMonth(), 1);

		assertThat(month.responses()).isEqualTo(4);
		assertThat(month.administrations()).isEqualTo(3);
		assertThat(month.doses()).isEqualTo(6);
		assertThat(month.nasalDoses()).isEqualTo(5);
		assertThat(month.survived()).isEqualTo(3);
		assertThat(month.died()).isEqualTo(1);
		assertThat(month.called911Percent()).hasValue(50);
		assertThat(month.checkInsAsked()).isEqualTo(1);
		assertThat(month.noCall()).containsEntry(NoCallReason.FEAR_OF_POLICE, 1L)
			.containsEntry(NoCallReason.PERSON_RECOVERED, 1L)
			.containsEntry(NoCallReason.NO_PHONE, 0L);
	}

	@Test
	void kitsHandedOutAreSplitIntoFirstKitsReplacementsAndNoReasonRecorded() {
		this.handouts.handOut(this.peer, this.site, NaloxoneForm.NASAL, 2, null, key());
		this.handouts.handOut(this.peer, this.site, NaloxoneForm.NASAL, 1, ReplacementReason.USED, key());
		this.ledger.distribute(this.peer, new NewDistribution(this.site, null, Map.of("NAL-NASAL", 4), 0, null), key());

		OverdosePeriod month = this.figures.of(this.site, this.time.thisMonth(), 1);

		assertThat(month.kitsDistributed()).isEqualTo(7);
		assertThat(month.kitsByReason()).containsEntry("FIRST", 2L)
			.containsEntry("USED", 1L)
			.containsEntry(OverdoseFigures.REASON_NOT_RECORDED, 4L);
	}

	@Test
	void aMonthWithoutResponsesHasNo911Share() {
		assertThat(this.figures.of(this.site, this.time.thisMonth(), 1).called911Percent()).isEmpty();
	}

	@Test
	void theProgramFiguresComeAfterEverySite() {
		List<OverdosePeriod> periods = this.figures.everySite(this.time.thisMonth(), 1);

		assertThat(periods.get(periods.size() - 1).siteCode()).isNull();
		assertThat(periods).extracting(OverdosePeriod::siteCode).contains(this.site);
	}

	private UUID record(int doses, NaloxoneForm form, boolean called, NoCallReason reason, ResponseOutcome outcome) {
		return this.responses
			.record(this.peer,
					new NewOverdoseResponse(this.site, null, null, List.of("fentanyl"), doses, form, called, reason,
							true, outcome, Responder.PEER_WORKER),
					key())
			.id();
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

}

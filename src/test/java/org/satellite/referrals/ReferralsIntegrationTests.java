package org.satellite.referrals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.SiteKind;
import org.satellite.network.Sites;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.referrals.internal.DirectoryEntry;
import org.satellite.referrals.internal.NewService;
import org.satellite.referrals.internal.Referral;
import org.satellite.referrals.internal.ReferralOutcome;
import org.satellite.referrals.internal.ServicesDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReferralsIntegrationTests {

	static final StaffMember COORDINATOR = new StaffMember("coord-referrals", Role.COORDINATOR, Optional.empty());

	@Autowired
	Referrals referrals;

	@Autowired
	ServicesDirectory directory;

	@Autowired
	Sites sites;

	@Autowired
	ProgramTime time;

	@Autowired
	JdbcClient jdbc;

	String site;

	StaffMember peer;

	@BeforeEach
	void openSite() {
		if (this.sites.zone("REF-ZONE").isEmpty()) {
			this.sites.addZone("REF-ZONE", "Referral zone", "Zone des orientations");
		}
		this.site = "R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.sites.open(this.site, "REF-ZONE", SiteKind.HOME, LocalDate.of(2024, 1, 1));
		this.peer = new StaffMember("peer-" + this.site.toLowerCase(), Role.PEER_WORKER, Optional.of(this.site));
	}

	@Test
	void aPeerWorkerRefersToAServiceAndLaterSaysThePersonWent() {
		DirectoryEntry clinic = this.directory.add(COORDINATOR, clinic("Community clinic"));

		var outcome = this.referrals.refer(this.peer, this.site, ReferralKind.PRIMARY_CARE, clinic.id(), key());
		this.referrals.recordOutcome(this.peer, outcome.id(), ReferralOutcome.WENT);

		Referral referral = this.referrals.since(this.site, this.time.now().minus(Duration.ofHours(1))).get(0);
		assertThat(referral.kind()).isEqualTo(ReferralKind.PRIMARY_CARE);
		assertThat(referral.serviceId()).isEqualTo(clinic.id());
		assertThat(referral.outcome()).isEqualTo(ReferralOutcome.WENT);
		assertThat(this.referrals.byKind(this.site, this.time.now().minus(Duration.ofHours(1)),
				this.time.now().plus(Duration.ofHours(1))))
			.containsEntry(ReferralKind.PRIMARY_CARE, 1L)
			.containsEntry(ReferralKind.HOUSING, 0L);
	}

	@Test
	void aServiceNotListedCanStillBeReferredTo() {
		this.referrals.refer(this.peer, this.site, ReferralKind.LEGAL, null, key());

		assertThat(this.referrals.since(this.site, this.time.now().minus(Duration.ofHours(1))))
			.extracting(Referral::kind)
			.containsExactly(ReferralKind.LEGAL);
	}

	@Test
	void refusesAServiceOfAnotherKind() {
		DirectoryEntry clinic = this.directory.add(COORDINATOR, clinic("Other clinic"));

		assertThatThrownBy(() -> this.referrals.refer(this.peer, this.site, ReferralKind.HOUSING, clinic.id(), key()))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("referrals.error.unknownService");
	}

	@Test
	void refusesAPeerWorkerReferringForAnotherSite() {
		StaffMember elsewhere = new StaffMember("peer-elsewhere", Role.PEER_WORKER, Optional.of("SOMEWHERE-ELSE"));

		assertThatThrownBy(() -> this.referrals.refer(elsewhere, this.site, ReferralKind.HOUSING, null, key()))
			.isInstanceOf(NotAllowed.class);
	}

	@Test
	void aRetriedReferralLandsOnce() {
		String key = key();

		this.referrals.refer(this.peer, this.site, ReferralKind.HOUSING, null, key);
		this.referrals.refer(this.peer, this.site, ReferralKind.HOUSING, null, key);

		assertThat(this.referrals.since(this.site, this.time.now().minus(Duration.ofHours(1)))).hasSize(1);
	}

	@Test
	void theServicePhoneIsStoredSealedAndReadBackInClear() {
		DirectoryEntry clinic = this.directory.add(COORDINATOR, clinic("Sealed clinic"));

		assertThat(clinic.phone()).isEqualTo("+14165550100");
		String stored = this.jdbc.sql("SELECT phone_sealed FROM services WHERE id = :id")
			.param("id", clinic.id())
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain("4165550100");
	}

	@Test
	void refusesAPersonalContactTypedIntoTheDirectionsAndSavesNothing() {
		NewService withContact = new NewService(ReferralKind.HOUSING, "Housing desk", "Comptoir logement", "", "",
				"Ask for the worker, 647 555 0188", "", null, "English");

		assertThatThrownBy(() -> this.directory.add(COORDINATOR, withContact)).isInstanceOf(Refusal.class)
			.hasMessageContaining("referrals.error.contactInText");
		assertThat(this.directory.all())
			.noneMatch((entry) -> entry.nameEn().equals("Housing desk") && entry.directionsEn().contains("647"));
	}

	@Test
	void aServiceSentTwiceIsListedOnce() {
		this.directory.add(COORDINATOR, clinic("Twice clinic"));

		assertThatThrownBy(() -> this.directory.add(COORDINATOR, clinic("Twice clinic"))).isInstanceOf(Refusal.class)
			.hasMessageContaining("referrals.error.alreadyListed");
		assertThat(this.directory.all()).filteredOn((entry) -> entry.nameEn().equals("Twice clinic")).hasSize(1);
	}

	@Test
	void aPeerWorkerCannotChangeTheDirectory() {
		assertThatThrownBy(() -> this.directory.add(this.peer, clinic("Peer clinic"))).isInstanceOf(NotAllowed.class);
	}

	@Test
	void aServiceNoLongerCurrentIsNotOfferedButStillNamed() {
		DirectoryEntry clinic = this.directory.add(COORDINATOR, clinic("Closing clinic"));

		this.directory.setActive(COORDINATOR, clinic.id(), false);

		assertThat(this.directory.active(ReferralKind.PRIMARY_CARE)).noneMatch((entry) -> entry.id() == clinic.id());
		assertThat(this.directory.find(clinic.id())).isPresent();
	}

	private static NewService clinic(String name) {
		return new NewService(ReferralKind.PRIMARY_CARE, name, "Clinique " + name, "Mon–Fri 9–5", "lun.–ven. 9 h–17 h",
				"Next to the library", "À côté de la bibliothèque", "416 555 0100", "English, French");
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

}

package org.satellite.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.NewVisit;
import org.satellite.network.PaymentMethod;
import org.satellite.network.PeerWorker;
import org.satellite.network.PeerWorkers;
import org.satellite.network.Stipends;
import org.satellite.network.Visit;
import org.satellite.network.Visits;
import org.satellite.overdose.NaloxoneForm;
import org.satellite.overdose.NaloxoneHandouts;
import org.satellite.overdose.NewOverdoseResponse;
import org.satellite.overdose.NoCallReason;
import org.satellite.overdose.OverdoseResponses;
import org.satellite.overdose.ReplacementReason;
import org.satellite.overdose.Responder;
import org.satellite.overdose.ResponseOutcome;
import org.satellite.platform.ProgramTime;
import org.satellite.referrals.DirectoryEntry;
import org.satellite.referrals.NewService;
import org.satellite.referrals.ReferralKind;
import org.satellite.referrals.ReferralOutcome;
import org.satellite.referrals.Referrals;
import org.satellite.referrals.ServicesDirectory;
import org.satellite.supplies.Stockroom;
import org.satellite.supplies.TransferLine;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the rest of the demo program: a services directory with invented services, a handful of overdose responses
 * (one with a check-in asked for), naloxone hand-outs with their reasons, a lot of naloxone at SAT-05 that expires in
 * 45 days, referrals, coordinator visits, and stipends with this month's payments half done. Site SAT-03 is left
 * alone: the supplies demo keeps it low on naloxone on purpose.
 */
@Component
class DemoOverdose {

	private static final String[][] SERVICES = {
			{ "PRIMARY_CARE", "Community health centre, walk-in clinic", "Centre de santé communautaire, clinique sans rendez-vous",
					"Mon–Fri 9:00–17:00", "lun.–ven. 9 h–17 h", "Ground floor of the community centre, side door",
					"Rez-de-chaussée du centre communautaire, porte de côté", "416 555 0140", "English, French" },
			{ "HIV_HCV_TESTING", "Rapid testing drop-in", "Dépistage rapide sans rendez-vous", "Tue and Thu 13:00–19:00",
					"mar. et jeu. 13 h–19 h", "Same building as the walk-in clinic, second floor",
					"Même bâtiment que la clinique, 2e étage", "416 555 0141", "English, French, Spanish" },
			{ "TREATMENT_OAT", "Rapid access addiction medicine clinic", "Clinique d’accès rapide en médecine des dépendances",
					"Mon–Fri 8:30–12:00", "lun.–ven. 8 h 30–12 h", "Hospital outpatient wing, follow the blue signs",
					"Aile des consultations externes de l’hôpital, suivre les panneaux bleus", "416 555 0142",
					"English, French" },
			{ "HOUSING", "Housing help desk", "Comptoir d’aide au logement", "Mon–Sat 10:00–16:00", "lun.–sam. 10 h–16 h",
					"Inside the drop-in centre near the subway", "Dans le centre de jour près du métro", "416 555 0143",
					"English" },
			{ "MENTAL_HEALTH", "Peer support line and counselling", "Ligne de soutien par les pairs et counselling",
					"Every day 10:00–22:00", "tous les jours 10 h–22 h", "By phone, or ask at the hub",
					"Par téléphone, ou demandez au centre", "416 555 0144", "English, French" },
			{ "LEGAL", "Community legal clinic", "Clinique juridique communautaire", "Wed 12:00–16:00", "mer. 12 h–16 h",
					"At the hub, room by the kitchen", "Au centre, salle près de la cuisine", "416 555 0145", "English, French" },
			{ "INCOME", "Income support navigator", "Intervenant soutien du revenu", "Mon and Thu 10:00–15:00",
					"lun. et jeu. 10 h–15 h", "At the hub, ask at the front", "Au centre, demandez à l’accueil", null,
					"English" },
			{ "DRUG_CHECKING", "Drug checking service", "Service d’analyse de substances", "Mon–Fri 11:00–18:00",
					"lun.–ven. 11 h–18 h", "At the hub; samples can also go with the outreach van",
					"Au centre ; les échantillons peuvent aussi partir avec la camionnette", "416 555 0147",
					"English, French" } };

	private final ServicesDirectory directory;

	private final Referrals referrals;

	private final OverdoseResponses responses;

	private final NaloxoneHandouts handouts;

	private final Stockroom stockroom;

	private final Visits visits;

	private final Stipends stipends;

	private final PeerWorkers peerWorkers;

	private final ProgramTime time;

	DemoOverdose(ServicesDirectory directory, Referrals referrals, OverdoseResponses responses,
			NaloxoneHandouts handouts, Stockroom stockroom, Visits visits, Stipends stipends, PeerWorkers peerWorkers,
			ProgramTime time) {
		this.directory = directory;
		this.referrals = referrals;
		this.responses = responses;
		this.handouts = handouts;
		this.stockroom = stockroom;
		this.visits = visits;
		this.stipends = stipends;
		this.peerWorkers = peerWorkers;
		this.time = time;
	}

	@Transactional
	void seed() {
		List<DirectoryEntry> services = java.util.Arrays.stream(SERVICES)
			.map((row) -> this.directory.add(DemoProgram.SEEDER, new NewService(ReferralKind.valueOf(row[0]), row[1],
					row[2], row[3], row[4], row[5], row[6], row[7], row[8])))
			.toList();
		seedResponses();
		seedNaloxone();
		String[] sites = { "SAT-01", "SAT-02", "SAT-04", "SAT-05", "SAT-06", "SAT-07", "SAT-08", "SAT-09" };
		ReferralOutcome[] outcomes = { ReferralOutcome.WENT, null, ReferralOutcome.DID_NOT_GO, ReferralOutcome.WENT,
				ReferralOutcome.UNKNOWN };
		for (int i = 0; i < 16; i++) {
			DirectoryEntry service = services.get((i * 3) % services.size());
			var referral = this.referrals.refer(DemoProgram.SEEDER, sites[i % sites.length], service.kind(),
					(i % 5 == 4) ? null : service.id(), "demo-referral-" + i);
			if (outcomes[i % outcomes.length] != null) {
				this.referrals.recordOutcome(DemoProgram.SEEDER, referral.id(), outcomes[i % outcomes.length]);
			}
		}
		seedVisits();
		seedStipends();
	}

	private void seedResponses() {
		Instant now = this.time.now();
		record("SAT-01", now.minus(Duration.ofDays(9)), List.of("fentanyl"), 2, false, NoCallReason.FEAR_OF_POLICE,
				ResponseOutcome.RECOVERED_ON_SITE, Responder.PEER_WORKER, "a");
		record("SAT-02", now.minus(Duration.ofDays(6)), List.of("fentanyl", "xylazine"), 3, true, null,
				ResponseOutcome.TAKEN_TO_HOSPITAL, Responder.PEER_WORKER, "b");
		record("SAT-05", now.minus(Duration.ofDays(4)), List.of("unknown"), 1, false, NoCallReason.PERSON_RECOVERED,
				ResponseOutcome.RECOVERED_ON_SITE, Responder.CLIENT, "c");
		record("SAT-07", now.minus(Duration.ofDays(2)), List.of("other opioid", "benzodiazepine"), 2, true, null,
				ResponseOutcome.RECOVERED_ON_SITE, Responder.BYSTANDER, "d");
		// The peer worker of SAT-04 asks for a check-in, so that the coordinator's queue has someone in it.
		StaffMember responder = new StaffMember("pw-06", Role.PEER_WORKER, Optional.of("SAT-04"));
		var asked = this.responses.record(responder, new NewOverdoseResponse("SAT-04", now.minus(Duration.ofHours(20)),
				null, List.of("fentanyl", "crack cocaine"), 2, NaloxoneForm.NASAL, false, NoCallReason.NO_PHONE, true,
				ResponseOutcome.RECOVERED_ON_SITE, Responder.PEER_WORKER), "demo-overdose-e").id();
		this.responses.requestCheckIn(responder, asked);
	}

	private java.util.UUID record(String site, Instant when, List<String> substances, int doses, boolean called,
			NoCallReason reason, ResponseOutcome outcome, Responder responder, String key) {
		return this.responses.record(DemoProgram.SEEDER, new NewOverdoseResponse(site, when, null, substances, doses,
				NaloxoneForm.NASAL, called, reason, true, outcome, responder), "demo-overdose-" + key).id();
	}

	private void seedNaloxone() {
		this.handouts.handOut(DemoProgram.SEEDER, "SAT-01", NaloxoneForm.NASAL, 2, null, "demo-naloxone-1");
		this.handouts.handOut(DemoProgram.SEEDER, "SAT-01", NaloxoneForm.NASAL, 1, ReplacementReason.USED, "demo-naloxone-2");
		this.handouts.handOut(DemoProgram.SEEDER, "SAT-02", NaloxoneForm.NASAL, 1, ReplacementReason.CONFISCATED,
				"demo-naloxone-3");
		this.handouts.handOut(DemoProgram.SEEDER, "SAT-05", NaloxoneForm.NASAL, 1, ReplacementReason.EXPIRED,
				"demo-naloxone-4");
		this.handouts.handOut(DemoProgram.SEEDER, "SAT-07", NaloxoneForm.INJECTABLE, 1, ReplacementReason.LOST,
				"demo-naloxone-5");
		LocalDate soon = this.time.today().plusDays(45);
		List<TransferLine> shortDated = List.of(new TransferLine("NAL-NASAL", 6, "DEMO-SHORT", soon));
		this.stockroom.receive(DemoProgram.SEEDER, null, shortDated, "demo-short-dated-receipt");
		this.stockroom.transfer(DemoProgram.SEEDER, "HUB", "SAT-05", null, shortDated, "demo-short-dated-transfer");
	}

	private void seedVisits() {
		LocalDate today = this.time.today();
		Object[][] visits = { { "SAT-01", 12, 60, 5, 3, 2, "Supplies well organised; asked for more fentanyl strips." },
				{ "SAT-02", 9, 45, 8, 2, 1, "Busy evening. Building staff supportive." },
				{ "SAT-05", 5, 90, 3, 4, 0, "Went over the naloxone that expires soon; swap planned." },
				{ "SAT-07", 3, 30, 6, 1, 3, "Secondary distribution going well; sharps containers needed." },
				{ "SAT-04", 1, 50, 4, 2, 1, "Talked about the overdose response this week. Check in again next week." } };
		for (int i = 0; i < visits.length; i++) {
			Object[] visit = visits[i];
			this.visits.record(DemoProgram.SEEDER, new NewVisit((String) visit[0], today.minusDays((int) visit[1]),
					(int) visit[2],
					Map.of(Visit.Observation.EQUIPMENT_DISTRIBUTION, (int) visit[3],
							Visit.Observation.HARM_REDUCTION_EDUCATION, (int) visit[4],
							Visit.Observation.NALOXONE_DISTRIBUTION, (int) visit[5],
							Visit.Observation.REFERRALS, i % 3),
					Map.of(Visit.Incident.POLICE, (i == 3) ? 1 : 0), (String) visit[6]), "demo-visit-" + i);
		}
	}

	private void seedStipends() {
		YearMonth month = this.time.thisMonth();
		LocalDate today = this.time.today();
		List<PeerWorker> workers = this.peerWorkers.all();
		for (int i = 0; i < workers.size(); i++) {
			PeerWorker worker = workers.get(i);
			this.stipends.setMonthly(DemoProgram.SEEDER, worker.id(), 25_000);
			this.stipends.recordPayment(DemoProgram.SEEDER, worker.id(), month.minusMonths(1), null,
					month.minusMonths(1).atDay(Math.min(3, month.minusMonths(1).lengthOfMonth())), PaymentMethod.CASH,
					"demo-stipend-last-" + worker.id());
			if (i % 2 == 0) {
				this.stipends.recordPayment(DemoProgram.SEEDER, worker.id(), month, null, month.atDay(1),
						(i % 4 == 0) ? PaymentMethod.E_TRANSFER : PaymentMethod.CASH, "demo-stipend-" + worker.id());
			}
		}
		this.stipends.payHonorarium(DemoProgram.SEEDER, workers.get(0).id(), 5_000,
				"Naloxone training at a housing building", today, PaymentMethod.CASH, "demo-honorarium-1");
		this.stipends.payHonorarium(DemoProgram.SEEDER, workers.get(3).id(), 7_500, "Community panel on drug checking",
				today, PaymentMethod.E_TRANSFER, "demo-honorarium-2");
	}

}

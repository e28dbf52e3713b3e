package org.satellite.referrals.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.DemoContext;
import org.satellite.platform.DemoSeed;
import org.satellite.referrals.ReferralKind;
import org.satellite.referrals.Referrals;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo services directory, with invented services, and sixteen referrals at the demo
 * sites (SAT-03 left alone), most with their outcome.
 */
@Component
class ReferralsDemo implements DemoSeed {

	private static final StaffMember SEEDER = new StaffMember("demo-seed", Role.ADMIN, Optional.empty());

	private static final String[][] SERVICES = {
			{ "PRIMARY_CARE", "Community health centre, walk-in clinic",
					"Centre de santé communautaire, clinique sans rendez-vous", "Mon–Fri 9:00–17:00",
					"lun.–ven. 9 h–17 h", "Ground floor of the community centre, side door",
					"Rez-de-chaussée du centre communautaire, porte de côté", "416 555 0140", "English, French" },
			{ "HIV_HCV_TESTING", "Rapid testing drop-in", "Dépistage rapide sans rendez-vous",
					"Tue and Thu 13:00–19:00", "mar. et jeu. 13 h–19 h",
					"Same building as the walk-in clinic, second floor", "Même bâtiment que la clinique, 2e étage",
					"416 555 0141", "English, French, Spanish" },
			{ "TREATMENT_OAT", "Rapid access addiction medicine clinic",
					"Clinique d’accès rapide en médecine des dépendances", "Mon–Fri 8:30–12:00",
					"lun.–ven. 8 h 30–12 h", "Hospital outpatient wing, follow the blue signs",
					"Aile des consultations externes de l’hôpital, suivre les panneaux bleus", "416 555 0142",
					"English, French" },
			{ "HOUSING", "Housing help desk", "Comptoir d’aide au logement", "Mon–Sat 10:00–16:00",
					"lun.–sam. 10 h–16 h", "Inside the drop-in centre near the subway",
					"Dans le centre de jour près du métro", "416 555 0143", "English" },
			{ "MENTAL_HEALTH", "Peer support line and counselling", "Ligne de soutien par les pairs et counselling",
					"Every day 10:00–22:00", "tous les jours 10 h–22 h", "By phone, or ask at the hub",
					"Par téléphone, ou demandez au centre", "416 555 0144", "English, French" },
			{ "LEGAL", "Community legal clinic", "Clinique juridique communautaire", "Wed 12:00–16:00",
					"mer. 12 h–16 h", "At the hub, room by the kitchen", "Au centre, salle près de la cuisine",
					"416 555 0145", "English, French" },
			{ "INCOME", "Income support navigator", "Intervenant soutien du revenu", "Mon and Thu 10:00–15:00",
					"lun. et jeu. 10 h–15 h", "At the hub, ask at the front", "Au centre, demandez à l’accueil", null,
					"English" },
			{ "DRUG_CHECKING", "Drug checking service", "Service d’analyse de substances", "Mon–Fri 11:00–18:00",
					"lun.–ven. 11 h–18 h", "At the hub; samples can also go with the outreach van",
					"Au centre ; les échantillons peuvent aussi partir avec la camionnette", "416 555 0147",
					"English, French" } };

	private final ServicesDirectory directory;

	private final Referrals referrals;

	ReferralsDemo(ServicesDirectory directory, Referrals referrals) {
		this.directory = directory;
		this.referrals = referrals;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	@Transactional
	public void seed(DemoContext context) {
		if (!context.firstStart()) {
			return;
		}
		List<DirectoryEntry> services = Arrays.stream(SERVICES)
			.map((row) -> this.directory.add(SEEDER,
					new NewService(ReferralKind.valueOf(row[0]), row[1], row[2], row[3], row[4], row[5], row[6], row[7],
							row[8])))
			.toList();
		String[] sites = { "SAT-01", "SAT-02", "SAT-04", "SAT-05", "SAT-06", "SAT-07", "SAT-08", "SAT-09" };
		ReferralOutcome[] outcomes = { ReferralOutcome.WENT, null, ReferralOutcome.DID_NOT_GO, ReferralOutcome.WENT,
				ReferralOutcome.UNKNOWN };
		for (int i = 0; i < 16; i++) {
			DirectoryEntry service = services.get((i * 3) % services.size());
			var referral = this.referrals.refer(SEEDER, sites[i % sites.length], service.kind(),
					(i % 5 == 4) ? null : service.id(), "demo-referral-" + i);
			if (outcomes[i % outcomes.length] != null) {
				this.referrals.recordOutcome(SEEDER, referral.id(), outcomes[i % outcomes.length]);
			}
		}
	}

}

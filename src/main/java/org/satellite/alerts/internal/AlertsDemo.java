package org.satellite.alerts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.satellite.checking.SubstanceClass;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.DemoContext;
import org.satellite.platform.DemoSeed;

import org.springframework.stereotype.Component;

/**
 * Demo alerts: one warning in effect downtown, written by the demo coordinator and
 * approved by the demo admin, and one anonymous report waiting in the triage queue.
 * Seeded after the demo network, whose zones they name.
 */
@Component
class AlertsDemo implements DemoSeed {

	private final AlertDesk desk;

	private final CommunityReports reports;

	AlertsDemo(AlertDesk desk, CommunityReports reports) {
		this.desk = desk;
		this.reports = reports;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public void seed(DemoContext context) {
		if (!context.firstStart()) {
			return;
		}
		StaffMember coordinator = new StaffMember("coordinator", Role.COORDINATOR, Optional.empty());
		StaffMember admin = new StaffMember("admin", Role.ADMIN, Optional.empty());
		UUID alert = this.desk.draft(coordinator, new AlertDraft(Severity.WARNING, List.of("DT"),
				List.of("fentanyl", "xylazine"), List.of(SubstanceClass.OPIOID, SubstanceClass.OTHER_DEPRESSANT),
				"Purple \"down\", sold as heroin",
				new AlertText("Xylazine and fentanyl in purple down", "Xylazine et fentanyl dans du « down » violet",
						"Drug checking found xylazine with fentanyl in purple down sold downtown. Xylazine causes long sedation and wounds, and naloxone does not reverse it.",
						"La vérification des drogues a trouvé de la xylazine avec du fentanyl dans du « down » violet vendu au centre-ville. La xylazine endort longtemps et cause des plaies; la naloxone ne la renverse pas.",
						"Use less, do not use alone, give naloxone and rescue breaths if someone does not wake up.",
						"Consommez moins, jamais seul·e; donnez la naloxone et des insufflations si quelqu’un ne se réveille pas.",
						"Warning: xylazine and fentanyl in purple down downtown. Use less, never alone.",
						"Avertissement : xylazine et fentanyl dans le down violet au centre-ville. Moins, jamais seul·e."),
				null, null, List.of()), "demo-alert")
			.id();
		this.desk.approve(admin, alert);
		this.desk.issue(admin, alert);
		this.reports.report(ReportKind.BAD_BATCH, "EAST", "White pills stamped 512 hit much harder than usual.", "WEB",
				"demo-report");
	}

}

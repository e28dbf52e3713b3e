package org.satellite.alerts.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.satellite.alerts.internal.Alert;
import org.satellite.alerts.internal.AlertDraft;
import org.satellite.alerts.internal.AlertText;
import org.satellite.alerts.internal.Severity;
import org.satellite.checking.SubstanceClass;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The alert form as posted: every field may be missing;
 * {@link org.satellite.alerts.internal.AlertDesk} says what is wrong.
 */
record AlertForm(Severity severity, List<String> zones, String substances, List<SubstanceClass> classes,
		String description, String headlineEn, String headlineFr, String bodyEn, String bodyFr, String instructionEn,
		String instructionFr, String smsEn, String smsFr,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime expiresAt, String sources, String key) {

	AlertDraft toDraft(ZoneId zone) {
		return new AlertDraft(this.severity, (this.zones == null) ? List.of() : this.zones, split(this.substances),
				(this.classes == null) ? List.of() : this.classes, this.description,
				new AlertText(this.headlineEn, this.headlineFr, this.bodyEn, this.bodyFr, this.instructionEn,
						this.instructionFr, this.smsEn, this.smsFr),
				null, (this.expiresAt != null) ? this.expiresAt.atZone(zone).toInstant() : null, split(this.sources));
	}

	static AlertForm of(Alert alert, ZoneId zone) {
		AlertText text = alert.text();
		return new AlertForm(alert.severity(), alert.zones(), String.join(", ", alert.substances()), alert.classes(),
				alert.description(), text.headlineEn(), text.headlineFr(), text.bodyEn(), text.bodyFr(),
				text.instructionEn(), text.instructionFr(), text.smsEn(), text.smsFr(),
				alert.expiresAt().atZone(zone).toLocalDateTime().withSecond(0).withNano(0),
				String.join(", ", alert.sources()), null);
	}

	static AlertForm empty() {
		return new AlertForm(Severity.WARNING, List.of(), "", List.of(), "", "", "", "", "", "", "", "", "", null, "",
				null);
	}

	private static List<String> split(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split(",")).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

}

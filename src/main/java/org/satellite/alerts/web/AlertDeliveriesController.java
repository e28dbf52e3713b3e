package org.satellite.alerts.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.satellite.alerts.internal.Alert;
import org.satellite.alerts.internal.AlertDesk;
import org.satellite.alerts.internal.AlertStatus;
import org.satellite.alerts.internal.Subscriptions;
import org.satellite.alerts.internal.AlertFanOut;
import org.satellite.identity.CurrentStaff;
import org.satellite.messaging.DeliveryProgress;
import org.satellite.messaging.Emails;
import org.satellite.messaging.SmsBatchReport;
import org.satellite.messaging.SmsGatewayStatus;
import org.satellite.messaging.SmsOutage;
import org.satellite.messaging.SmsOutbox;
import org.satellite.messaging.SmsOutcome;
import org.satellite.messaging.SmsProblem;
import org.satellite.platform.ProgramTime;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An alert's delivery page: how far its SMS and emails have gone, how the finished SMS
 * ended (delivery receipts and the SMS centre's refusals, per reason), how often the SMS
 * centre asked to slow down, and the times it could not be reached while the alert went
 * out, kept after the outage ends. Problems are said in plain words, never as an
 * exception's text (the SMS side stores them as {@link SmsProblem} codes).
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
class AlertDeliveriesController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final AlertDesk desk;

	private final Subscriptions subscriptions;

	private final SmsOutbox outbox;

	private final Emails emails;

	private final ProgramTime time;

	private final MessageSource messages;

	AlertDeliveriesController(AlertDesk desk, Subscriptions subscriptions, SmsOutbox outbox, Emails emails,
			ProgramTime time, MessageSource messages) {
		this.desk = desk;
		this.subscriptions = subscriptions;
		this.outbox = outbox;
		this.emails = emails;
		this.time = time;
		this.messages = messages;
	}

	@GetMapping("/app/alerts/{id}/deliveries")
	String deliveries(@PathVariable UUID id, Model model, HttpServletResponse response, Locale locale) {
		Alert alert = this.desk.require(id);
		CurrentStaff.require();
		SmsBatchReport sms = this.outbox.report(AlertFanOut.batchOf(id));
		DeliveryProgress progress = sms.progress();
		DeliveryProgress email = this.emails.progress(AlertFanOut.batchOf(id));
		long recipients = this.subscriptions.recipientsOf(id);
		boolean running = alert.status() != AlertStatus.DRAFT && alert.status() != AlertStatus.APPROVED
				&& (!progress.finished() || !email.finished() || progress.total() + email.total() < recipients);
		if (running) {
			response.setHeader("Refresh", "5");
		}
		SmsGatewayStatus gateway = this.outbox.gateway();
		ZoneId zone = this.time.zone();
		model.addAttribute("alert", alert);
		model.addAttribute("progress", progress);
		model.addAttribute("email", email);
		model.addAttribute("total", progress.total() + email.total());
		model.addAttribute("done", progress.done() + email.done());
		model.addAttribute("recipients", recipients);
		model.addAttribute("running", running);
		model.addAttribute("gateway", gateway);
		model.addAttribute("gatewayProblem", words(gateway.lastError(), locale));
		model.addAttribute("smsProblem",
				(progress.lastError() != null && !progress.finished()) ? words(progress.lastError(), locale) : null);
		model.addAttribute("outcomes", outcomes(sms, locale));
		model.addAttribute("throttled", sms.throttled());
		model.addAttribute("outages", sms.outages().stream().map((outage) -> outage(outage, zone, locale)).toList());
		model.addAttribute("zone", zone);
		return "alerts/deliveries";
	}

	private List<OutcomeLine> outcomes(SmsBatchReport sms, Locale locale) {
		return sms.outcomes()
			.entrySet()
			.stream()
			.map((entry) -> new OutcomeLine(entry.getKey(),
					this.messages.getMessage("messaging.outcome." + entry.getKey().name(), null, locale),
					entry.getValue()))
			.toList();
	}

	private String outage(SmsOutage outage, ZoneId zone, Locale locale) {
		Instant end = (outage.endedAt() != null) ? outage.endedAt() : Instant.now();
		Duration length = Duration.between(outage.startedAt(), end);
		String duration = this.messages.getMessage("alerts.deliveries.duration",
				new Object[] { length.toMinutes(), length.toSecondsPart() }, locale);
		String from = TIME.format(outage.startedAt().atZone(zone));
		String why = words(outage.problem(), locale);
		return (outage.endedAt() != null)
				? this.messages.getMessage("alerts.deliveries.outage",
						new Object[] { from, TIME.format(outage.endedAt().atZone(zone)), duration, why }, locale)
				: this.messages.getMessage("alerts.deliveries.outageOngoing", new Object[] { from, duration, why },
						locale);
	}

	/**
	 * A stored problem in words, with the SMS centre's status code where there is one
	 * (for its support desk).
	 */
	private String words(String stored, Locale locale) {
		if (stored == null) {
			return null;
		}
		String words = this.messages.getMessage("messaging.problem." + SmsProblem.of(stored).name(), null, locale);
		String status = SmsProblem.statusOf(stored);
		return status.isEmpty() ? words : words + " (" + status + ")";
	}

	/** One way SMS ended, in words, with how many did. */
	record OutcomeLine(SmsOutcome outcome, String words, long count) {
	}

}

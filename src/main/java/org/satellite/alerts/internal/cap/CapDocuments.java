package org.satellite.alerts.internal.cap;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import org.satellite.alerts.internal.Alert;
import org.satellite.alerts.internal.AlertKind;
import org.satellite.alerts.internal.AlertMessages;
import org.satellite.alerts.internal.Severity;
import org.satellite.network.Zone;
import org.satellite.platform.Languages;

/**
 * Writes an alert as a CAP 1.2 document: Alert, Update or Cancel, one {@code <info>} in
 * English and one in French, an {@code <area>} per zone, and for an update or a
 * cancellation a {@code <references>} to the alert it changes.
 */
public final class CapDocuments {

	/** CAP wants seconds and a numeric offset ({@code +00:00}, never {@code Z}). */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	private static final JAXBContext CONTEXT;

	static {
		try {
			CONTEXT = JAXBContext.newInstance(CapAlert.class);
		}
		catch (JAXBException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private final String sender;

	private final ZoneId zone;

	private final String baseUrl;

	private final AlertMessages messages;

	/**
	 * @param sender who the documents say sent them
	 * @param zone the program's time zone, for the times written
	 * @param baseUrl the public address of Satellite, for the links
	 * @param messages the words an update's headline starts with and what it changed
	 */
	public CapDocuments(String sender, ZoneId zone, String baseUrl, AlertMessages messages) {
		this.sender = sender;
		this.zone = zone;
		this.baseUrl = baseUrl;
		this.messages = messages;
	}

	/**
	 * @param referenced the alert an update or cancellation changes, or {@code null}
	 * @param zones the zones by code, for their names
	 */
	public String write(Alert alert, Alert referenced, Function<String, Zone> zones) {
		CapAlert cap = new CapAlert();
		cap.identifier = identifier(alert);
		cap.sender = this.sender;
		cap.sent = time(alert.issuedAt() != null ? alert.issuedAt() : alert.createdAt());
		cap.msgType = switch (alert.kind()) {
			case ALERT -> "Alert";
			case UPDATE -> "Update";
			case CANCEL -> "Cancel";
		};
		if (alert.kind() == AlertKind.UPDATE && referenced != null) {
			cap.note = this.messages.changes(alert, referenced, Languages.ENGLISH) + " / "
					+ this.messages.changes(alert, referenced, Languages.FRENCH);
		}
		if (referenced != null) {
			cap.references = this.sender + "," + identifier(referenced) + ","
					+ time(referenced.issuedAt() != null ? referenced.issuedAt() : referenced.createdAt());
		}
		for (Locale locale : Languages.SUPPORTED) {
			cap.info.add(info(alert, locale, zones));
		}
		try {
			Marshaller marshaller = CONTEXT.createMarshaller();
			marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
			marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
			StringWriter out = new StringWriter();
			marshaller.marshal(cap, out);
			return out.toString();
		}
		catch (JAXBException ex) {
			throw new IllegalStateException("The CAP document could not be written", ex);
		}
	}

	private CapAlert.Info info(Alert alert, Locale locale, Function<String, Zone> zones) {
		boolean french = Languages.FRENCH.equals(locale);
		CapAlert.Info info = new CapAlert.Info();
		info.language = french ? "fr-CA" : "en-CA";
		info.event = french ? "Alerte sur les drogues en circulation" : "Drug market alert";
		info.urgency = (alert.kind() == AlertKind.CANCEL) ? "Past" : switch (alert.severity()) {
			case URGENT -> "Immediate";
			case WARNING -> "Expected";
			case ADVISORY -> "Future";
		};
		info.severity = severity(alert.severity());
		info.certainty = alert.sources().stream().anyMatch((source) -> source.startsWith("sample:")) ? "Observed"
				: "Likely";
		info.effective = time(alert.effectiveFrom());
		info.expires = time(alert.expiresAt());
		info.senderName = "Satellite";
		info.headline = this.messages.headline(alert, locale);
		info.description = alert.text().body(locale);
		info.instruction = alert.text().instruction(locale);
		info.web = this.baseUrl + "/alerts/" + alert.id() + (french ? "?lang=fr" : "?lang=en");
		List<String> codes = alert.zones();
		if (codes.isEmpty()) {
			info.area.add(new CapAlert.Area(french ? "Toutes les zones du programme" : "Every zone of the program"));
		}
		for (String code : codes) {
			Zone found = zones.apply(code);
			info.area.add(new CapAlert.Area((found != null) ? found.name(locale) : code));
		}
		return info;
	}

	private static String severity(Severity severity) {
		return switch (severity) {
			case URGENT -> "Severe";
			case WARNING -> "Moderate";
			case ADVISORY -> "Minor";
		};
	}

	/** The CAP identifier of an alert: no spaces, commas or markup. */
	public static String identifier(Alert alert) {
		return "satellite-" + alert.id();
	}

	private String time(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).atZone(this.zone).format(TIME);
	}

}

package org.satellite.hub;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.satellite.messaging.TestMailServer;

import static org.awaitility.Awaitility.await;

/**
 * What arrived at the test SMTP server for one address, and the calendar files attached,
 * read back with ical4j as a calendar program would.
 */
public final class Mailbox {

	private Mailbox() {
	}

	/** An address no other test uses. */
	public static String newAddress(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	public static List<MimeMessage> messagesTo(String to) {
		List<MimeMessage> mine = new ArrayList<>();
		try {
			for (MimeMessage message : TestMailServer.greenMail().getReceivedMessages()) {
				for (Address address : message.getAllRecipients()) {
					if (address.toString().equalsIgnoreCase(to)) {
						mine.add(message);
					}
				}
			}
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		return mine;
	}

	/**
	 * Waits for the n-th message (counting from 1) to reach the address, and returns it.
	 */
	public static MimeMessage awaitMessage(String to, int n) {
		await().atMost(Duration.ofSeconds(20)).until(() -> messagesTo(to).size() >= n);
		return messagesTo(to).get(n - 1);
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain-text body. */
	public static String text(MimeMessage message) {
		return body(message, "text/plain");
	}

	/** The HTML body; empty when the message has none. */
	public static String html(MimeMessage message) {
		return body(message, "text/html");
	}

	private static String body(MimeMessage message, String type) {
		try {
			return find(message, type).map((part) -> {
				try {
					return (String) part.getContent();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}).orElse("");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The attached calendar file, parsed; empty when the message has none. */
	public static Optional<Calendar> calendar(MimeMessage message) {
		try {
			Optional<Part> part = find(message, "text/calendar");
			if (part.isEmpty()) {
				return Optional.empty();
			}
			try (InputStream in = part.get().getInputStream()) {
				return Optional.of(parse(in.readAllBytes()));
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static Calendar parse(byte[] file) {
		try {
			Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(file));
			ValidationResult result = calendar.validate(true);
			if (result.hasErrors()) {
				throw new AssertionError("Not a valid iCalendar file: " + result.getEntries());
			}
			return calendar;
		}
		catch (AssertionError ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new AssertionError("Not a valid iCalendar file: " + ex.getMessage(), ex);
		}
	}

	public static VEvent onlyEvent(Calendar calendar) {
		List<VEvent> events = calendar.getComponents("VEVENT");
		if (events.size() != 1) {
			throw new AssertionError("Expected one VEVENT, found " + events.size());
		}
		return events.get(0);
	}

	public static String property(VEvent event, String name) {
		return event.getProperty(name).map((property) -> property.getValue()).orElse(null);
	}

	private static Optional<Part> find(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return Optional.of(part);
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				Optional<Part> found = find(multipart.getBodyPart(i), type);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

}

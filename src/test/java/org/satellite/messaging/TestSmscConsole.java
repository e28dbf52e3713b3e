package org.satellite.messaging;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The test SMS centre on the command line, to try Satellite's SMS side by hand in demo
 * mode (README, "Trying SMS"). It listens on loopback (port 2775, or the first argument),
 * accepts any account, prints every SMS Satellite sends and sends Satellite what you
 * type: a line {@code +14385550101 OUI} is the SMS "OUI" from the phone +1 438 555 0101.
 * Test code: the numbers are fictitious and the messages stay in this process's memory
 * until it ends.
 */
public final class TestSmscConsole {

	private TestSmscConsole() {
	}

	public static void main(String[] arguments) throws Exception {
		int port = (arguments.length > 0) ? Integer.parseInt(arguments[0]) : 2775;
		TestSmsc smsc = TestSmsc.startAnother(port);
		System.out.println("Test SMS centre on 127.0.0.1:" + smsc.port() + ". Start Satellite with");
		System.out
			.println("  SATELLITE_SMS_HOST=127.0.0.1 SATELLITE_SMS_PORT=" + smsc.port() + " ./mvnw spring-boot:run");
		System.out.println("Type a phone number and a message, e.g.  +14385550101 ABONNER DT   (Ctrl-D ends)");
		Map<String, Integer> shown = new LinkedHashMap<>();
		ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor();
		printer.scheduleWithFixedDelay(() -> printNew(smsc, shown), 200, 200, TimeUnit.MILLISECONDS);
		try (BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = input.readLine()) != null) {
				String[] words = line.strip().split("\\s+", 2);
				if (words.length < 2 || !words[0].startsWith("+")) {
					System.out
						.println("  Write the phone number in international form, then the message: +14385550101 HELP");
					continue;
				}
				try {
					smsc.text(words[0], words[1]);
					System.out.println("  " + words[0] + " -> Satellite: " + words[1]);
				}
				catch (IllegalStateException ex) {
					System.out.println("  Not delivered: " + ex.getMessage() + " (is Satellite running and bound?)");
				}
			}
		}
		printer.shutdownNow();
		smsc.close();
	}

	private static synchronized void printNew(TestSmsc smsc, Map<String, Integer> shown) {
		for (TestSmsc.Submitted part : smsc.submitted()) {
			shown.putIfAbsent(part.to(), 0);
		}
		for (Map.Entry<String, Integer> phone : shown.entrySet()) {
			var messages = smsc.messagesTo(phone.getKey());
			for (int i = phone.getValue(); i < messages.size(); i++) {
				System.out.println("  Satellite -> " + phone.getKey() + ": " + messages.get(i));
			}
			phone.setValue(messages.size());
		}
	}

}

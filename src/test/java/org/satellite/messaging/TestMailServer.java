package org.satellite.messaging;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) on loopback for the whole test run, and the
 * {@code spring.mail.*} settings that point Satellite at it. Registered in
 * {@code META-INF/spring.factories} of the tests, so every test context uses it without a
 * customisation of its own, and the shared context stays shared.
 *
 * <p>
 * Other tests send mail too: look for your own messages by recipient rather than counting
 * all of them.
 */
public final class TestMailServer implements EnvironmentPostProcessor {

	private static GreenMail greenMail;

	private static int port;

	public static synchronized GreenMail greenMail() {
		if (greenMail == null) {
			port = freePort();
			start();
		}
		return greenMail;
	}

	/**
	 * Stops the server, as when the SMTP relay is down, until {@link #start()}.
	 */
	public static synchronized void stop() {
		greenMail().stop();
	}

	/**
	 * Starts the server again on the same port, with an empty mailbox.
	 */
	public static synchronized void start() {
		greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.mail.host")) {
			return;
		}
		greenMail();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("testMailServer",
					Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(port))));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port for the test SMTP server", ex);
		}
	}

}

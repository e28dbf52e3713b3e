package org.satellite.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application started in the test JVM at the one {@link TestSmsc}, before
 * the context reads its settings, with short back-off so that tests of failures do not
 * wait minutes. Registered in {@code src/test/resources/META-INF/spring.factories}; no
 * test customises the context, so it stays shared.
 */
public class TestSmscEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		TestSmsc smsc = TestSmsc.shared();
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("satellite.sms.host", "127.0.0.1");
		settings.put("satellite.sms.port", smsc.port());
		settings.put("satellite.sms.system-id", "satellite-test");
		settings.put("satellite.sms.password", "test");
		settings.put("satellite.sms.rate", 2000);
		settings.put("satellite.sms.poll-interval", "100ms");
		settings.put("satellite.sms.retry-delay", "200ms");
		settings.put("satellite.sms.reconnect-delay", "200ms");
		settings.put("satellite.sms.reconnect-max-delay", "1s");
		settings.put("satellite.sms.lease", "30s");
		settings.put("satellite.sms.throttle-pause", "100ms");
		settings.put("satellite.sms.response-timeout", "2s");
		// Vendor statuses for "barred" and "unknown subscriber", as an operator would set
		// them from the SMS centre's
		// documentation; SmsCentreAnswersIntegrationTests has the test SMS centre answer
		// with them.
		settings.put("satellite.sms.barred-statuses", "0x40a");
		settings.put("satellite.sms.unknown-subscriber-statuses", "0x401");
		environment.getPropertySources().addFirst(new MapPropertySource("testSmsc", settings));
	}

}

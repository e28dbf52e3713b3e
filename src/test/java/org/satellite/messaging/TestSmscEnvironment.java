package org.satellite.messaging;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application started in the test JVM at the one {@link TestSmsc}, before the context reads its
 * settings, with short back-off so that tests of failures do not wait minutes. Registered in
 * {@code src/test/resources/META-INF/spring.factories}; no test customises the context, so it stays shared.
 */
public class TestSmscEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		TestSmsc smsc = TestSmsc.shared();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("testSmsc", Map.of("satellite.sms.host", "127.0.0.1", "satellite.sms.port",
					smsc.port(), "satellite.sms.system-id", "satellite-test", "satellite.sms.password", "test",
					"satellite.sms.rate", 2000, "satellite.sms.poll-interval", "100ms", "satellite.sms.retry-delay",
					"200ms", "satellite.sms.reconnect-delay", "200ms", "satellite.sms.reconnect-max-delay", "1s",
					"satellite.sms.lease", "30s")));
	}

}

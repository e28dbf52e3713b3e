package org.satellite.platform.internal;

import java.time.Clock;
import java.time.ZoneId;

import com.zaxxer.hikari.HikariDataSource;
import org.satellite.platform.Deployment;
import org.satellite.platform.ProgramTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class DeploymentConfiguration {

	@Bean
	Deployment deployment(Environment environment) {
		return Deployment.of(environment);
	}

	/**
	 * Where the program's clock stands against the system's: nowhere else unless
	 * {@code satellite.clock.start}.
	 */
	@Bean
	static ClockStart clockStart(Environment environment) {
		String start = environment.getProperty("satellite.clock.start", "");
		ZoneId zone = ZoneId.of(environment.getProperty("satellite.time-zone", "America/Toronto"));
		return start.isBlank() ? ClockStart.SYSTEM : ClockStart.parse(start, zone, Clock.systemUTC());
	}

	@Bean
	ProgramTime programTime(ClockStart start, @Value("${satellite.time-zone:America/Toronto}") ZoneId zone) {
		return new ProgramTime(start.clock(Clock.systemUTC()), zone);
	}

	/**
	 * Moves PostgreSQL's {@code program_now()} by the same offset as the program's clock,
	 * on every connection of the pool, so that SQL and Java read one clock (decision
	 * 0071). Nothing is set when the clock is the system's.
	 */
	@Bean
	static BeanPostProcessor databaseClock(ObjectProvider<ClockStart> start) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool && !start.getObject().offset().isZero()) {
					pool.setConnectionInitSql("SET satellite.clock_offset = '" + start.getObject().offset().toMillis()
							+ " milliseconds'");
				}
				return bean;
			}

		};
	}

}

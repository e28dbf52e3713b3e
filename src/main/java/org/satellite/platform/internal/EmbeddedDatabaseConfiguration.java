package org.satellite.platform.internal;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.satellite.platform.Deployment;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when no external database is configured. Its data directory lives under the
 * deployment's data directory and is kept between runs, so a demo survives a restart.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(ObjectProvider<EmbeddedDatabaseStartup> startup, Deployment deployment,
			@Value("${satellite.embedded-database.clean:false}") boolean clean) {
		EmbeddedDatabaseStartup started = startup.getIfAvailable();
		return (started != null) ? started.server()
				: EmbeddedDatabaseStartup.start(deployment.dataDirectory().resolve("postgres"), clean);
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres,
			@Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setMaximumPoolSize(poolSize);
		dataSource.setPoolName("satellite-embedded");
		// The embedded server stops in its own JVM shutdown hook, possibly before Spring's beans are done; a short
		// timeout keeps a late query from holding the exit for Hikari's default 30 seconds.
		dataSource.setConnectionTimeout(5_000);
		return dataSource;
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}

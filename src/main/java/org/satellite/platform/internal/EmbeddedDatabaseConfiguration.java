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
 * Starts an embedded PostgreSQL when no external database is configured. Its data
 * directory lives under the deployment's data directory and is kept between runs, so a
 * demo survives a restart.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	/**
	 * Stopped by {@link #embeddedServerStop}, after the data source, not by a destroy
	 * method of its own.
	 */
	@Bean(destroyMethod = "")
	EmbeddedPostgres embeddedPostgres(ObjectProvider<EmbeddedDatabaseStartup> startup, Deployment deployment,
			@Value("${satellite.embedded-database.clean:false}") boolean clean) {
		EmbeddedDatabaseStartup started = startup.getIfAvailable();
		return (started != null) ? started.server()
				: EmbeddedDatabaseStartup.start(deployment.dataDirectory().resolve("postgres"), clean);
	}

	@Bean
	EmbeddedServerStop embeddedServerStop(EmbeddedPostgres postgres) {
		return EmbeddedServerStop.takeOver(postgres);
	}

	/**
	 * The pool. It depends on {@link EmbeddedServerStop}, so Spring destroys that bean,
	 * and stops PostgreSQL, only after the pool is closed.
	 */
	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres, EmbeddedServerStop stop,
			@Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setMaximumPoolSize(poolSize);
		dataSource.setPoolName("satellite-embedded");
		// A short wait for a connection: a pool of 20 on one machine is either free or
		// stuck.
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

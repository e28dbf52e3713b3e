package org.satellite.platform.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs ({@code @Scheduled}) run on every node. Each job must therefore be safe with two nodes running: it
 * claims its work in PostgreSQL ({@code FOR UPDATE SKIP LOCKED}) rather than trusting that it runs alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

}

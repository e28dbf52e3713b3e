package org.satellite.hub.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the knowledge hub runs.
 *
 * @param jobInterval how often reminders are looked for and old registrations deleted
 * @param keepRegistrations how long after an event its registrations are kept
 * @param registrationsPerMinute how many registrations the whole hub takes in a minute,
 * so that the form cannot be used to flood other people's mailboxes with confirmations
 */
@ConfigurationProperties("satellite.hub")
public record HubSettings(@DefaultValue("5m") Duration jobInterval, @DefaultValue("30d") Duration keepRegistrations,
		@DefaultValue("60") int registrationsPerMinute) {

}

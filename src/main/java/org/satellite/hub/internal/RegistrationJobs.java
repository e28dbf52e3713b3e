package org.satellite.hub.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.satellite.platform.ProgramTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the day-before reminders and deletes registrations 30 days after their event, on
 * every node: both jobs claim rows with {@code FOR UPDATE SKIP LOCKED}. The log gives
 * counts only, never an address.
 */
@Component
class RegistrationJobs {

	private static final Logger log = LoggerFactory.getLogger(RegistrationJobs.class);

	private final Registrations registrations;

	private final ProgramTime time;

	RegistrationJobs(Registrations registrations, ProgramTime time) {
		this.registrations = registrations;
		this.time = time;
	}

	@SchedulerLock(name = "hub-reminders-and-purge", lockAtMostFor = "PT10M")
	@Scheduled(fixedDelayString = "${satellite.hub.job-interval:5m}",
			initialDelayString = "${satellite.hub.job-interval:5m}")
	void run() {
		int reminded = this.registrations.sendReminders(this.time.now());
		int deleted = this.registrations.purge(this.time.now());
		if (reminded > 0 || deleted > 0) {
			log.info("Knowledge hub: {} reminder(s) queued, {} old registration(s) deleted", reminded, deleted);
		}
	}

}

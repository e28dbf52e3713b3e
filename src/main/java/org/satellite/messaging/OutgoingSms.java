package org.satellite.messaging;

/**
 * One SMS to one phone, already written in the recipient's language by the module that
 * sends it.
 *
 * @param key the caller's key: the same key queues nothing a second time
 * @param to the phone number; normalised here, sealed in the outbox, never logged
 * @param text the words, up to 1,600 characters; long texts go out in several segments
 */
public record OutgoingSms(String key, String to, String text) {

	@Override
	public String toString() {
		return "OutgoingSms[" + this.key + "]";
	}

}

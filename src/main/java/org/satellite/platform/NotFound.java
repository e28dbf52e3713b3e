package org.satellite.platform;

/**
 * What was asked for does not exist.
 */
public class NotFound extends Refusal {

	public NotFound(String messageCode, Object... arguments) {
		super(messageCode, arguments);
	}

}

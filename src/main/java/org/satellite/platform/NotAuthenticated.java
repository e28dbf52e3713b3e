package org.satellite.platform;

/**
 * The credentials given do not identify anyone who may come in.
 */
public class NotAuthenticated extends Refusal {

	public NotAuthenticated(String messageCode, Object... arguments) {
		super(messageCode, arguments);
	}

}

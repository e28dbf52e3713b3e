package org.satellite.platform;

/**
 * The person asking may not do this, for example a peer worker recording for another
 * site. Modules throw it where they own the data, so the rule holds whatever door the
 * request came in by.
 */
public class NotAllowed extends Refusal {

	public NotAllowed(String messageCode, Object... arguments) {
		super(messageCode, arguments);
	}

}

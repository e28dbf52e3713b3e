package org.satellite.messaging;

/**
 * Why an SMS is waiting, or why the SMS centre cannot be reached, in a form a page can
 * put in plain words (the message bundle has {@code messaging.problem.<NAME>} in English
 * and French). Stored as its name, optionally followed by a space and the SMPP status in
 * hexadecimal ({@code REFUSED_FOR_NOW 0x45}); never an exception's text.
 */
public enum SmsProblem {

	/** There was no connection to the SMS centre when the message was due. */
	NOT_CONNECTED,
	/** The SMS centre could not be reached at all (nothing listening, network down). */
	UNREACHABLE,
	/** The SMS centre refused the account (system id or password) or the bind. */
	BIND_REFUSED,
	/** The connection to the SMS centre closed. */
	CONNECTION_CLOSED,
	/**
	 * The SMS centre took the connection but stopped answering; the connection was
	 * replaced.
	 */
	NOT_ANSWERING,
	/** The SMS centre asked to slow down; the message went again soon after. */
	THROTTLED,
	/** The SMS centre refused the message for good (the message's outcome says why). */
	REFUSED,
	/**
	 * The SMS centre refused the message for a reason that may pass; it is tried again
	 * later.
	 */
	REFUSED_FOR_NOW,
	/** Something went wrong in Satellite itself. */
	INTERNAL;

	/** The stored form: the name, and the SMPP status when there is one. */
	public String with(int status) {
		return name() + " 0x" + Integer.toHexString(status);
	}

	/**
	 * The problem named at the start of a stored form; {@link #INTERNAL} when it is not
	 * one.
	 */
	public static SmsProblem of(String stored) {
		if (stored == null || stored.isBlank()) {
			return INTERNAL;
		}
		String name = stored.strip().split(" ", 2)[0];
		for (SmsProblem problem : values()) {
			if (problem.name().equals(name)) {
				return problem;
			}
		}
		return INTERNAL;
	}

	/** The SMPP status of a stored form, or empty text when it has none. */
	public static String statusOf(String stored) {
		if (stored == null) {
			return "";
		}
		String[] parts = stored.strip().split(" ", 2);
		return (parts.length == 2) ? parts[1] : "";
	}

}

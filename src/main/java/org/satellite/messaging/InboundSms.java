package org.satellite.messaging;

/**
 * An SMS someone sent to the program's number, as the keyword router hands it to a
 * handler.
 *
 * @param from the sender's number in E.164 form; never log it
 * @param keyword the first word, in capitals and without accents ({@code ARRÊT} arrives
 * as {@code ARRET})
 * @param arguments the rest of the message after the keyword, trimmed, possibly empty
 */
public record InboundSms(String from, String keyword, String arguments) {

	@Override
	public String toString() {
		return "InboundSms[" + this.keyword + "]";
	}

}

package org.satellite.messaging;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Answers inbound SMS that start with one of its keywords. Other modules implement it as
 * beans; the router in this module finds them, so that messaging knows the keywords but
 * nothing of what they mean.
 *
 * <p>
 * A handler runs inside the transaction that acknowledges the SMS to the SMS centre: when
 * it throws, nothing it did is kept and the centre delivers the SMS again. When the
 * message is wrong it must change nothing and reply with what was wrong and how to write
 * it.
 */
public interface SmsKeywordHandler {

	/**
	 * The keywords this handler answers, in capitals without accents. Two handlers may
	 * not share a keyword.
	 */
	Set<String> keywords();

	/**
	 * Handles the message and gives the reply, in the sender's language, or empty for no
	 * reply.
	 */
	Optional<String> handle(InboundSms sms);

	/**
	 * The language this handler knows the sender wants to be answered in (a subscriber's,
	 * a peer worker's), so that the router's own replies to a message it could not read
	 * (empty, too long, no keyword) are in that language alone; empty when it does not
	 * know the number.
	 * @param from the sender, normalised to E.164
	 */
	default Optional<Locale> languageOf(String from) {
		return Optional.empty();
	}

}

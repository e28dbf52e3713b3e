package org.satellite.messaging.internal.sms;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.satellite.messaging.InboundSms;
import org.satellite.messaging.SmsKeywordHandler;
import org.satellite.platform.Languages;

import org.springframework.context.MessageSource;

/**
 * Reads the first word of an inbound SMS and hands the message to the handler that
 * registered that keyword. Keywords are matched in any case and with or without accents.
 * A message that is empty, too long or starts with no known keyword reaches no handler
 * and gets a reply saying how to get help: in the language the phone chose with FR or EN,
 * else in the one a handler knows the sender by ({@link SmsKeywordHandler#languageOf}, a
 * subscriber's), and in both languages for a stranger.
 */
public class KeywordRouter {

	/**
	 * Longer than any command anyone types; a longer message is refused whole rather than
	 * cut.
	 */
	static final int MAX_LENGTH = 480;

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");

	private final Map<String, SmsKeywordHandler> handlers = new HashMap<>();

	private final List<SmsKeywordHandler> everyHandler;

	private final Function<String, Optional<Locale>> chosenLanguage;

	private final MessageSource messages;

	/**
	 * @param chosenLanguage the language a phone chose with FR or EN
	 * ({@code SmsLanguages#of}), if it did
	 */
	public KeywordRouter(List<SmsKeywordHandler> handlers, MessageSource messages,
			Function<String, Optional<Locale>> chosenLanguage) {
		this.messages = messages;
		this.everyHandler = List.copyOf(handlers);
		this.chosenLanguage = chosenLanguage;
		for (SmsKeywordHandler handler : handlers) {
			for (String keyword : handler.keywords()) {
				SmsKeywordHandler earlier = this.handlers.put(InboundSms.plain(keyword), handler);
				if (earlier != null && earlier != handler) {
					throw new IllegalStateException("Two SMS handlers claim the keyword " + InboundSms.plain(keyword));
				}
			}
		}
	}

	/**
	 * The reply to an inbound message, or empty when there is nobody to reply to.
	 * @param from the sender as the SMS centre gave it, already normalised to E.164
	 */
	public Optional<String> route(String from, String text) {
		String clean = (text == null) ? "" : INVISIBLE.matcher(text).replaceAll("").strip();
		if (clean.isEmpty()) {
			return Optional.of(toSender(from, "messaging.sms.empty"));
		}
		if (clean.codePointCount(0, clean.length()) > MAX_LENGTH) {
			return Optional.of(toSender(from, "messaging.sms.tooLong"));
		}
		String[] words = clean.split("\\s+", 2);
		String keyword = InboundSms.plain(words[0]);
		SmsKeywordHandler handler = this.handlers.get(keyword);
		if (handler == null) {
			return Optional.of(toSender(from, "messaging.sms.unknown"));
		}
		return handler.handle(new InboundSms(from, keyword, (words.length > 1) ? words[1].strip() : ""));
	}

	/**
	 * The reply when a handler could not do what was asked and said nothing more precise.
	 */
	public String failed() {
		return bilingual("messaging.sms.failed");
	}

	/**
	 * A reply of the router's own, in the sender's language if it is known, or in both.
	 */
	private String toSender(String from, String code) {
		return this.chosenLanguage.apply(from)
			.or(() -> this.everyHandler.stream()
				.map((handler) -> handler.languageOf(from))
				.flatMap(Optional::stream)
				.findFirst())
			.map((language) -> this.messages.getMessage(code, null, language))
			.orElseGet(() -> bilingual(code));
	}

	private String bilingual(String code) {
		return this.messages.getMessage(code, null, Languages.ENGLISH) + " / "
				+ this.messages.getMessage(code, null, Languages.FRENCH);
	}

}

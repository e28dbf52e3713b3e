package org.satellite.messaging.internal.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.satellite.messaging.InboundSms;
import org.satellite.messaging.SmsKeywordHandler;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The keyword router, with a fuzz test: thousands of random messages (empty, huge, emoji,
 * control characters, mixed scripts, near-keywords), each generated from a seed printed
 * on failure so that it can be replayed.
 */
class KeywordRouterTests {

	static final String PHONE = "+14165550100";

	final List<InboundSms> handled = new ArrayList<>();

	final KeywordRouter router = new KeywordRouter(List.of(handler(Set.of("STOP", "ARRET")), handler(Set.of("D"))),
			messages(), (from) -> Optional.empty());

	@Test
	void keywordsMatchInAnyCaseWithOrWithoutAccents() {
		for (String text : List.of("STOP", "stop", " Stop ", "ARRÊT", "arrêt", "Arret", "ArRêT\n")) {
			this.router.route(PHONE, text);
		}
		assertThat(this.handled).extracting(InboundSms::keyword)
			.containsExactly("STOP", "STOP", "STOP", "ARRET", "ARRET", "ARRET", "ARRET");
	}

	@Test
	void theRestOfTheMessageReachesTheHandler() {
		this.router.route(PHONE, "d 10 KIT 5 pipe");
		assertThat(this.handled).containsExactly(new InboundSms(PHONE, "D", "10 KIT 5 pipe"));
	}

	@Test
	void malformedMessagesGetABilingualReplyAndReachNoHandler() {
		assertThat(this.router.route(PHONE, ""))
			.hasValueSatisfying((reply) -> assertThat(reply).contains("HELP", "AIDE"));
		assertThat(this.router.route(PHONE, "x".repeat(1000)))
			.hasValueSatisfying((reply) -> assertThat(reply).contains("too long", "trop long"));
		assertThat(this.router.route(PHONE, "😀😀 stop"))
			.hasValueSatisfying((reply) -> assertThat(reply).contains("HELP", "AIDE"));
		assertThat(this.router.route(PHONE, "STOPP"))
			.hasValueSatisfying((reply) -> assertThat(reply).contains("HELP", "AIDE"));
		assertThat(this.handled).isEmpty();
	}

	@Test
	void aSenderWhoseLanguageAHandlerKnowsIsAnsweredInThatLanguageAlone() {
		SmsKeywordHandler subscribers = new SmsKeywordHandler() {
			@Override
			public Set<String> keywords() {
				return Set.of("STOP");
			}

			@Override
			public Optional<String> handle(InboundSms sms) {
				return Optional.empty();
			}

			@Override
			public Optional<Locale> languageOf(String from) {
				return PHONE.equals(from) ? Optional.of(Locale.FRENCH) : Optional.empty();
			}
		};
		String chose = "+14165550142";
		KeywordRouter router = new KeywordRouter(List.of(handler(Set.of("D")), subscribers), messages(),
				(from) -> chose.equals(from) ? Optional.of(Locale.ENGLISH) : Optional.empty());

		assertThat(router.route(PHONE, "bonjour")).hasValue("Message incompris. Envoyez AIDE pour les consignes.");
		assertThat(router.route(chose, "")).as("a phone that texted EN")
			.hasValue("Your message was empty. Text HELP for help.");
		assertThat(router.route("+14165550199", "bonjour"))
			.hasValueSatisfying((reply) -> assertThat(reply).contains("We did not understand", "Message incompris"));
	}

	@Test
	void twoHandlersMayNotShareAKeyword() {
		assertThatThrownBy(() -> new KeywordRouter(List.of(handler(Set.of("JOIN")), handler(Set.of("join"))),
				messages(), (from) -> Optional.empty()))
			.hasMessageContaining("JOIN");
	}

	@RepeatedTest(20)
	void anyMessageGetsAnAnswerAndOnlyAKeywordReachesAHandler() {
		long seed = new Random().nextLong();
		Random random = new Random(seed);
		for (int i = 0; i < 500; i++) {
			String text = randomMessage(random);
			this.handled.clear();
			Optional<String> reply = this.router.route(PHONE, text);
			String described = "seed " + seed + ", message " + i + ": " + text.codePoints().limit(40).boxed().toList();
			assertThat(reply).as(described).isPresent();
			assertThat(reply.get()).as(described).isNotBlank();
			String first = text.strip().split("\\s+", 2)[0];
			String keyword = InboundSms.plain(first);
			boolean known = Set.of("STOP", "ARRET", "D").contains(keyword) && !text.isBlank()
					&& text.codePointCount(0, text.length()) <= KeywordRouter.MAX_LENGTH && first.codePoints()
						.noneMatch((cp) -> Character.getType(cp) == Character.FORMAT || Character.isISOControl(cp));
			if (known) {
				assertThat(this.handled).as(described).hasSize(1);
				assertThat(this.handled.get(0).keyword()).as(described).isEqualTo(keyword);
			}
			else if (!this.handled.isEmpty()) {
				assertThat(Set.of("STOP", "ARRET", "D")).as(described).contains(this.handled.get(0).keyword());
			}
		}
	}

	static String randomMessage(Random random) {
		String[] pieces = { "STOP", "stop", "ArRêT", "d", "D 10 KIT", "R 40", "JOIN", "😀", "⚠️", "\u0000", "\u200b",
				"\n", " ", "\t", "é", "ß", "中文", "🏳️‍🌈", "OUI", "x".repeat(300), "", "10", "-5", "\uD83D" };
		StringBuilder text = new StringBuilder();
		int parts = random.nextInt(6);
		for (int i = 0; i < parts; i++) {
			if (random.nextBoolean()) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			else {
				int length = random.nextInt(20);
				for (int c = 0; c < length; c++) {
					text.appendCodePoint(
							random.nextInt(3) == 0 ? random.nextInt(0x1F600, 0x1F650) : random.nextInt(0x20, 0x250));
				}
			}
			if (random.nextBoolean()) {
				text.append(' ');
			}
		}
		return text.toString();
	}

	SmsKeywordHandler handler(Set<String> keywords) {
		return new SmsKeywordHandler() {
			@Override
			public Set<String> keywords() {
				return keywords;
			}

			@Override
			public Optional<String> handle(InboundSms sms) {
				KeywordRouterTests.this.handled.add(sms);
				return Optional.of("ok");
			}
		};
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messaging");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}

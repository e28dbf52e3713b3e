package org.satellite.supplies.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.messaging.InboundSms;
import org.satellite.messaging.SmsKeywordHandler;
import org.satellite.messaging.SmsLanguages;
import org.satellite.network.PeerWorker;
import org.satellite.network.PeerWorkers;
import org.satellite.platform.Languages;
import org.satellite.platform.Refusal;
import org.satellite.supplies.Catalogue;
import org.satellite.supplies.Item;
import org.satellite.supplies.NewDistribution;
import org.satellite.supplies.SupplyLedger;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Peer workers log by SMS from their program phone: {@code D 10 KIT 5 PIPE 2 NAL} records
 * a distribution at their site through the supplies ledger, {@code R 40} needles back.
 * Items are named by their SMS words, which are catalogue data ({@link SmsWords}), or by
 * their code. The phone is found by its keyed hash among the registered peer workers; any
 * other phone, and any message that does not read, gets a reply saying how to write it,
 * and nothing is recorded. The ledger runs in a transaction of its own, so that a refusal
 * leaves the reply intact (decision 0073).
 */
@Component
class PeerWorkerCommands implements SmsKeywordHandler {

	static final int MAX_QUANTITY = 1000;

	private static final int[] EXAMPLE_QUANTITIES = { 10, 5, 2 };

	private final PeerWorkers peerWorkers;

	private final SupplyLedger ledger;

	private final Catalogue catalogue;

	private final SmsWords smsWords;

	private final SmsLanguages languages;

	private final MessageSource messages;

	private final TransactionTemplate own;

	PeerWorkerCommands(PeerWorkers peerWorkers, SupplyLedger ledger, Catalogue catalogue, SmsWords words,
			SmsLanguages languages, MessageSource messages, PlatformTransactionManager transactions) {
		this.peerWorkers = peerWorkers;
		this.ledger = ledger;
		this.catalogue = catalogue;
		this.smsWords = words;
		this.languages = languages;
		this.messages = messages;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public Set<String> keywords() {
		return Set.of("D", "R");
	}

	@Override
	public Optional<String> handle(InboundSms sms) {
		Optional<PeerWorker> worker = this.peerWorkers.byPhone(sms.from());
		Locale language = this.languages.of(sms.from()).orElse(null);
		if (worker.isEmpty()) {
			return Optional.of(bilingualOr(language, "supplies.sms.unknownPhone"));
		}
		Locale locale = (language != null) ? language : Languages.ENGLISH;
		StaffMember by = new StaffMember("sms:" + worker.get().handle(), Role.PEER_WORKER,
				Optional.of(worker.get().siteCode()));
		return Optional.of("D".equals(sms.keyword()) ? distribute(by, sms.arguments(), locale)
				: needlesBack(by, sms.arguments(), locale));
	}

	private String distribute(StaffMember by, String arguments, Locale locale) {
		Map<String, Integer> items;
		try {
			items = parse(arguments);
		}
		catch (IllegalArgumentException ex) {
			return get("supplies.sms.howToD", locale, ex.getMessage(), example(locale));
		}
		try {
			this.own.executeWithoutResult((status) -> this.ledger.distribute(by,
					new NewDistribution(by.siteCode().orElseThrow(), null, items, 0, null),
					"sms:" + UUID.randomUUID()));
		}
		catch (Refusal refusal) {
			return this.messages.getMessage(refusal, locale);
		}
		String what = items.entrySet()
			.stream()
			.map((entry) -> entry.getValue() + " "
					+ this.catalogue.find(entry.getKey()).map((item) -> item.name(locale)).orElse(entry.getKey()))
			.collect(Collectors.joining(", "));
		return get("supplies.sms.distributed", locale, by.siteCode().orElseThrow(), what);
	}

	private String needlesBack(StaffMember by, String arguments, Locale locale) {
		Integer count = number(arguments.strip());
		if (count == null || count < 1 || count > 100_000) {
			return get("supplies.sms.howToR", locale);
		}
		try {
			this.own.executeWithoutResult((status) -> this.ledger.recordReturn(by, by.siteCode().orElseThrow(), null,
					count, null, "sms:" + UUID.randomUUID()));
		}
		catch (Refusal refusal) {
			return this.messages.getMessage(refusal, locale);
		}
		return get("supplies.sms.returned", locale, by.siteCode().orElseThrow(), count);
	}

	/**
	 * Reads {@code 10 KIT 5 PIPE 2 NAL}: pairs of a number and an item word or code.
	 * @throws IllegalArgumentException with the part that could not be read
	 */
	Map<String, Integer> parse(String arguments) {
		List<String> words = List.of(InboundSms.plain(arguments).split("\\s+"));
		Map<String, String> itemsByWord = this.smsWords.itemsByWord();
		if (arguments.isBlank() || words.size() % 2 != 0) {
			throw new IllegalArgumentException(arguments.isBlank() ? "" : words.get(words.size() - 1));
		}
		Map<String, Integer> items = new LinkedHashMap<>();
		for (int i = 0; i < words.size(); i += 2) {
			Integer quantity = number(words.get(i));
			if (quantity == null || quantity < 1 || quantity > MAX_QUANTITY) {
				throw new IllegalArgumentException(words.get(i));
			}
			String code = itemsByWord.getOrDefault(words.get(i + 1), words.get(i + 1));
			Optional<Item> item = this.catalogue.find(code).filter(Item::active);
			if (item.isEmpty()) {
				throw new IllegalArgumentException(words.get(i + 1));
			}
			items.merge(code, quantity, Integer::sum);
		}
		return items;
	}

	/**
	 * How to write a distribution, with the reader's words for items of three kinds: D 10
	 * KIT 5 PIPE 2 NAL.
	 */
	private String example(Locale locale) {
		List<String> items = this.smsWords.examples(locale);
		StringBuilder example = new StringBuilder("D");
		for (int i = 0; i < items.size(); i++) {
			example.append(' ').append(EXAMPLE_QUANTITIES[i]).append(' ').append(items.get(i));
		}
		return example.toString();
	}

	private static Integer number(String word) {
		if (!word.matches("\\d{1,6}")) {
			return null;
		}
		return Integer.valueOf(word);
	}

	private String get(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

	private String bilingualOr(Locale language, String code) {
		if (language != null) {
			return get(code, language);
		}
		return get(code, Languages.ENGLISH) + " / " + get(code, Languages.FRENCH);
	}

}

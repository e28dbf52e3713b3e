package org.satellite.supplies.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.messaging.InboundSms;
import org.satellite.platform.Audited;
import org.satellite.platform.Languages;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.Refusal;
import org.satellite.supplies.Catalogue;
import org.satellite.supplies.Item;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words peer workers text for catalogue items ({@code D 10 KIT}), in English and
 * French: catalogue data that coordinators and admins edit, so that a program can use its
 * own words without a new release. Words are kept and compared in capitals without
 * accents; a word names one item only, in either language, and is never another item's
 * code, so that a text means one thing. Every item whose words are edited keeps at least
 * one word in each language, since peer workers text in both and the SMS help shows the
 * first word in the reader's language (decision 0074).
 */
@Repository
public class SmsWords {

	private static final Pattern WORD = Pattern.compile("[A-Z][A-Z0-9-]{1,23}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final ApplicationEventPublisher events;

	SmsWords(JdbcClient jdbc, Catalogue catalogue, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.events = events;
	}

	/**
	 * Every SMS word, in either language, with the code of the item it names.
	 */
	public Map<String, String> itemsByWord() {
		Map<String, String> items = new LinkedHashMap<>();
		this.jdbc.sql("SELECT word, item_code FROM item_sms_words ORDER BY item_code, language, position")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach((entry) -> items.putIfAbsent(entry.getKey(), entry.getValue()));
		return items;
	}

	/**
	 * The words of every item, in the order they were given.
	 */
	public Map<String, ItemWords> byItem() {
		Map<String, ItemWords> byItem = new LinkedHashMap<>();
		this.jdbc.sql("SELECT item_code, language, word FROM item_sms_words ORDER BY item_code, language, position")
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list()
			.forEach((row) -> {
				ItemWords words = byItem.computeIfAbsent(row.get(0),
						(code) -> new ItemWords(new ArrayList<>(), new ArrayList<>()));
				("en".equals(row.get(1)) ? words.english() : words.french()).add(row.get(2));
			});
		return byItem;
	}

	/**
	 * The first word, in the given language, of up to three active items of different
	 * kinds, in catalogue order: the items shown in the SMS help
	 * ({@code D 10 KIT 5 PIPE 2 NAL}).
	 */
	public List<String> examples(Locale locale) {
		List<String[]> firsts = this.jdbc.sql("""
				SELECT DISTINCT ON (i.position, i.code) i.category, w.word
				FROM item_sms_words w JOIN items i ON i.code = w.item_code
				WHERE i.active AND w.language = :language
				ORDER BY i.position, i.code, w.position""")
			.param("language", Languages.closestTo(locale).getLanguage())
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		Set<String> categories = new HashSet<>();
		return firsts.stream().filter((first) -> categories.add(first[0])).map((first) -> first[1]).limit(3).toList();
	}

	/**
	 * Replaces an item's words in both languages.
	 * @param english the English words, separated by spaces or commas
	 * @param french the French words, separated by spaces or commas
	 * @throws Refusal when a word cannot be one or already names another item, or a
	 * language has no word
	 */
	@Transactional
	public void replace(StaffMember by, String itemCode, String english, String french) {
		if (!by.is(Role.ADMIN) && !by.is(Role.COORDINATOR)) {
			throw new NotAllowed("supplies.error.smsWordsStaffOnly");
		}
		Item item = this.catalogue.require(itemCode);
		List<String> inEnglish = read(english);
		List<String> inFrench = read(french);
		// Two people giving the same word to two items at once would both pass the check
		// below.
		this.jdbc.sql("LOCK TABLE item_sms_words IN SHARE ROW EXCLUSIVE MODE").update();
		Map<String, String> taken = itemsByWord();
		for (String word : union(inEnglish, inFrench)) {
			String other = taken.getOrDefault(word, item.code());
			if (!other.equals(item.code())) {
				throw new Refusal("supplies.error.smsWordTaken", word, other);
			}
			if (!word.equals(item.code()) && this.catalogue.find(word).isPresent()) {
				throw new Refusal("supplies.error.smsWordIsCode", word);
			}
		}
		this.jdbc.sql("DELETE FROM item_sms_words WHERE item_code = :code").param("code", item.code()).update();
		insert(item.code(), "en", inEnglish);
		insert(item.code(), "fr", inFrench);
		this.events.publishEvent(new Audited("supplies.sms-words-changed", item.code(),
				String.join(" ", inEnglish) + " / " + String.join(" ", inFrench)));
	}

	private static List<String> read(String words) {
		List<String> read = SEPARATORS.splitAsStream((words == null) ? "" : words.strip())
			.filter((word) -> !word.isEmpty())
			.map(InboundSms::plain)
			.distinct()
			.toList();
		if (read.isEmpty()) {
			throw new Refusal("supplies.error.smsWordsMissing");
		}
		read.stream().filter((word) -> !WORD.matcher(word).matches()).findFirst().ifPresent((word) -> {
			throw new Refusal("supplies.error.smsWordBad", word);
		});
		return read;
	}

	private static Set<String> union(List<String> english, List<String> french) {
		Set<String> all = new LinkedHashSet<>(english);
		all.addAll(french);
		return all;
	}

	private void insert(String itemCode, String language, List<String> words) {
		for (int i = 0; i < words.size(); i++) {
			this.jdbc.sql("""
					INSERT INTO item_sms_words (item_code, language, word, position)
					VALUES (:code, :language, :word, :position)""")
				.param("code", itemCode)
				.param("language", language)
				.param("word", words.get(i))
				.param("position", i + 1)
				.update();
		}
	}

	/**
	 * An item's SMS words in each language, first word first.
	 */
	public record ItemWords(List<String> english, List<String> french) {
	}

}

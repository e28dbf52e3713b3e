package org.satellite.hub.internal;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.satellite.identity.StaffMember;
import org.satellite.platform.Audited;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotFound;
import org.satellite.platform.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's tag vocabulary: each tag a stable key with an English and a French label.
 * Resources refer to tags by key; readers see the label in their language. Only editors
 * and admins change it.
 */
@Repository
public class Tags {

	/**
	 * What a key and a label may hold: up to 40 letters, digits, spaces, dashes or
	 * apostrophes.
	 */
	static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _’'-]{0,39}");

	static final int LONGEST = 40;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Idempotency idempotency;

	Tags(JdbcClient jdbc, ApplicationEventPublisher events, Idempotency idempotency) {
		this.jdbc = jdbc;
		this.events = events;
		this.idempotency = idempotency;
	}

	/** Every tag, by English label. */
	public List<Tag> all() {
		return this.jdbc
			.sql("SELECT key, label_en, label_fr FROM hub_tags WHERE merged_into IS NULL ORDER BY lower(label_en), key")
			.query(Tag.class)
			.list();
	}

	/** Every tag by key, for showing resources' tags. */
	public Map<String, Tag> byKey() {
		Map<String, Tag> tags = new LinkedHashMap<>();
		all().forEach((tag) -> tags.put(tag.key(), tag));
		return tags;
	}

	/**
	 * The tags some resource has, for the library's filter, in the reader's alphabetical
	 * order.
	 */
	public List<Tag> inUse(Locale reader) {
		var collator = Collator.getInstance(reader);
		return this.jdbc.sql("""
				SELECT t.key, t.label_en, t.label_fr FROM hub_tags t
				WHERE t.merged_into IS NULL AND EXISTS (SELECT 1 FROM hub_resources r WHERE t.key = ANY (r.tags))""")
			.query(Tag.class)
			.list()
			.stream()
			.sorted(Comparator.comparing((Tag tag) -> tag.label(reader), collator))
			.toList();
	}

	public Tag require(String key) {
		return this.jdbc.sql("SELECT key, label_en, label_fr FROM hub_tags WHERE key = :key AND merged_into IS NULL")
			.param("key", (key == null) ? "" : key)
			.query(Tag.class)
			.optional()
			.orElseThrow(() -> new NotFound("hub.error.unknownTag"));
	}

	/**
	 * Adds a tag with its labels; its key is the English label in lower case. The same
	 * form sent again (the same key) adds nothing and answers the tag it added the first
	 * time.
	 * @param labelFr the French label, or empty when it is not known yet
	 * @param submission the client's idempotency key for this form
	 */
	@Transactional
	public Tag add(StaffMember by, String labelEn, String labelFr, String submission) {
		Editors.require(by);
		Tag tag = checked(labelEn, labelFr);
		this.idempotency.once("hub.tag", submission, Idempotency.fingerprint(tag), (id) -> insert(tag));
		return require(tag.key());
	}

	/**
	 * Adds a tag while an editor saves a resource, in the same transaction. A tag already
	 * there with the very same labels is simply used (a form sent twice); one with the
	 * same key and other labels is refused.
	 */
	@Transactional
	public Tag addWithResource(StaffMember by, String labelEn, String labelFr) {
		Editors.require(by);
		Tag tag = checked(labelEn, labelFr);
		var existing = this.jdbc.sql("SELECT key, label_en, label_fr FROM hub_tags WHERE key = :key")
			.param("key", tag.key())
			.query(Tag.class)
			.optional();
		if (existing.isPresent()) {
			if (existing.get().equals(tag) && tag.key().equals(resolve(tag.key()))) {
				return tag;
			}
			throw taken(tag.key());
		}
		insert(tag);
		return tag;
	}

	/**
	 * Sets or fixes a tag's labels; its key stays, so every resource and link keeps it.
	 */
	@Transactional
	public Tag label(StaffMember by, String key, String labelEn, String labelFr) {
		Editors.require(by);
		Tag before = require(key);
		String english = checkedLabel(labelEn, true);
		String french = checkedLabel(labelFr, false);
		this.jdbc.sql("UPDATE hub_tags SET label_en = :en, label_fr = :fr WHERE key = :key")
			.param("en", english)
			.param("fr", french)
			.param("key", before.key())
			.update();
		this.events.publishEvent(new Audited("hub.tag-labelled", "tag " + before.key(), null));
		return require(before.key());
	}

	/** How many resources hold each tag, for the editor's page. */
	public Map<String, Long> usage() {
		Map<String, Long> usage = new LinkedHashMap<>();
		this.jdbc.sql("SELECT tag, count(*) FROM hub_resources, unnest(tags) AS tag GROUP BY tag")
			.query((rs, row) -> usage.put(rs.getString(1), rs.getLong(2)))
			.list();
		return usage;
	}

	/**
	 * The key a reader's or an old link's tag stands for now: the tag it was merged into,
	 * or itself.
	 */
	public String resolve(String key) {
		return this.jdbc.sql("SELECT merged_into FROM hub_tags WHERE key = :key AND merged_into IS NOT NULL")
			.param("key", key)
			.query(String.class)
			.optional()
			.orElse(key);
	}

	/**
	 * Merges one tag into another: every resource that had the first has the second
	 * (once), and the first stays only as an alias, so links made with it still find the
	 * same resources. Tags merged into the first before now lead to the second.
	 * @return the two tags and how many resources changed
	 * @throws Refusal when either tag is unknown or they are the same
	 */
	@Transactional
	public Merged merge(StaffMember by, String key, String into) {
		Editors.require(by);
		Tag from = require(key);
		Tag target = require(into);
		if (from.key().equals(target.key())) {
			throw new Refusal("hub.error.mergeSameTag");
		}
		int changed = this.jdbc.sql("""
				UPDATE hub_resources SET tags = CASE WHEN :into = ANY (tags) THEN array_remove(tags, :from)
				                                     ELSE array_replace(tags, :from, :into) END
				WHERE :from = ANY (tags)""").param("from", from.key()).param("into", target.key()).update();
		this.jdbc.sql("UPDATE hub_tags SET merged_into = :into WHERE key = :from OR merged_into = :from")
			.param("from", from.key())
			.param("into", target.key())
			.update();
		this.events.publishEvent(new Audited("hub.tag-merged", "tag " + from.key(),
				"into tag " + target.key() + ", on " + changed + " resource(s)"));
		return new Merged(from, target, changed);
	}

	/**
	 * Deletes a tag: no resource holds it any more, and links made with it find nothing.
	 * Editors confirm it first, on the page.
	 * @return the tag and how many resources lost it
	 */
	@Transactional
	public Deleted delete(StaffMember by, String key) {
		Editors.require(by);
		Tag tag = require(key);
		int changed = this.jdbc.sql("UPDATE hub_resources SET tags = array_remove(tags, :key) WHERE :key = ANY (tags)")
			.param("key", tag.key())
			.update();
		this.jdbc.sql("DELETE FROM hub_tags WHERE key = :key").param("key", tag.key()).update();
		this.events
			.publishEvent(new Audited("hub.tag-deleted", "tag " + tag.key(), "from " + changed + " resource(s)"));
		return new Deleted(tag, changed);
	}

	/**
	 * A merge done: the tag merged away, the tag it went into, and how many resources
	 * changed.
	 */
	public record Merged(Tag from, Tag into, int resources) {
	}

	/** A deletion done: the tag, and how many resources lost it. */
	public record Deleted(Tag tag, int resources) {
	}

	/**
	 * The keys a resource should hold for these: each alias replaced by the tag it was
	 * merged into, once.
	 */
	List<String> current(Collection<String> keys) {
		return keys.stream().map(this::resolve).distinct().toList();
	}

	/**
	 * Makes sure every key given is in the vocabulary: a key not there yet (typed through
	 * the API, or by an older form) becomes a tag with the key as its English label and
	 * no French label yet.
	 */
	void include(Collection<String> keys) {
		for (String key : keys) {
			this.jdbc.sql("INSERT INTO hub_tags (key, label_en) VALUES (:key, :key) ON CONFLICT DO NOTHING")
				.param("key", key)
				.update();
		}
	}

	private void insert(Tag tag) {
		int added = this.jdbc
			.sql("INSERT INTO hub_tags (key, label_en, label_fr) VALUES (:key, :en, :fr) ON CONFLICT DO NOTHING")
			.param("key", tag.key())
			.param("en", tag.labelEn())
			.param("fr", tag.labelFr())
			.update();
		if (added == 0) {
			throw taken(tag.key());
		}
		this.events.publishEvent(new Audited("hub.tag-added", "tag " + tag.key(), null));
	}

	/**
	 * Why a new tag cannot have this key: a tag has it, or had it and was merged into
	 * another, whose key it now stands for in old links, so the editor is pointed to that
	 * one.
	 */
	private Refusal taken(String key) {
		String target = resolve(key);
		if (!target.equals(key)) {
			return new Refusal("hub.error.tagMerged", key, require(target).labelEn());
		}
		return new Refusal("hub.error.tagExists", key);
	}

	private static Tag checked(String labelEn, String labelFr) {
		String english = checkedLabel(labelEn, true);
		String french = checkedLabel(labelFr, false);
		return new Tag(english.toLowerCase(Locale.ROOT), english, french);
	}

	private static String checkedLabel(String label, boolean required) {
		String stripped = (label == null) ? "" : label.strip();
		if (stripped.isEmpty()) {
			if (required) {
				throw new Refusal("hub.error.tagLabelRequired");
			}
			return null;
		}
		if (stripped.length() > LONGEST) {
			throw new Refusal("hub.error.tagLabelTooLong", stripped, LONGEST);
		}
		if (!TAG.matcher(stripped).matches()) {
			throw new Refusal("hub.error.badTagLabel", stripped);
		}
		return stripped;
	}

}

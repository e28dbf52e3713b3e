package org.satellite.hub.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * The resource library: curated by editors, searched by anyone by words (PostgreSQL
 * full-text search over titles, authors, both descriptions and the labels of the tags,
 * with English and French stems), kind, tag, language and year.
 */
@Repository
public class Resources {

	static final String COLUMNS = """
			r.id, r.kind, r.title, r.authors, r.published_on, r.published_precision, r.language, r.link,
			r.description_en, r.description_fr, r.tags, r.created_at""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Idempotency idempotency;

	private final Tags tags;

	Resources(JdbcClient jdbc, ApplicationEventPublisher events, Idempotency idempotency, Tags tags) {
		this.jdbc = jdbc;
		this.events = events;
		this.idempotency = idempotency;
		this.tags = tags;
	}

	public Optional<Resource> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM hub_resources r WHERE r.id = :id")
			.param("id", id)
			.query(Resources::resource)
			.optional();
	}

	public Resource require(long id) {
		return find(id).orElseThrow(() -> new NotFound("hub.error.unknownResource"));
	}

	/**
	 * The resources that match every part of the search given, the best match on words
	 * first, then the newest.
	 */
	public List<Resource> search(ResourceSearch search) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM hub_resources r WHERE true");
		List<Object> order = new ArrayList<>();
		var query = new LinkedHashMap<String, Object>();
		if (search.words() != null && !search.words().isBlank()) {
			// The words of a resource (its title in English stems and as written, its
			// descriptions in their languages' stems), a French title in French stems,
			// and
			// the labels of its tags in both languages: "vente de drogues" finds what is
			// tagged "drug selling".
			sql.append(" AND (r.words @@ websearch_to_tsquery('english', :words)"
					+ " OR r.words @@ websearch_to_tsquery('french', :words)"
					+ " OR r.words @@ websearch_to_tsquery('simple', :words)"
					+ " OR to_tsvector('french', r.title) @@ websearch_to_tsquery('french', :words)"
					+ " OR EXISTS (SELECT 1 FROM hub_tags t WHERE t.key = ANY (r.tags)"
					+ " AND (to_tsvector('english', t.label_en) @@ websearch_to_tsquery('english', :words)"
					+ " OR to_tsvector('simple', t.label_en || ' ' || coalesce(t.label_fr, '')) @@ websearch_to_tsquery('simple', :words)"
					+ " OR to_tsvector('french', coalesce(t.label_fr, '')) @@ websearch_to_tsquery('french', :words))))");
			query.put("words", search.words().strip());
			order.add("ts_rank(r.words, websearch_to_tsquery('english', :words)) DESC");
		}
		if (search.kind() != null) {
			sql.append(" AND r.kind = :kind");
			query.put("kind", search.kind().name());
		}
		if (search.tag() != null && !search.tag().isBlank()) {
			// By key, as the filter and the links send it, or by a label in either
			// language, as someone may type it.
			sql.append(" AND (:tag = ANY (r.tags) OR EXISTS (SELECT 1 FROM hub_tags t WHERE t.key = ANY (r.tags)"
					+ " AND (lower(t.label_en) = :tag OR lower(t.label_fr) = :tag)))");
			query.put("tag", this.tags.resolve(search.tag().strip().toLowerCase(Locale.ROOT)));
		}
		if (search.language() != null && !search.language().isBlank()) {
			sql.append(" AND r.language = :language");
			query.put("language", search.language());
		}
		if (search.year() != null) {
			sql.append(" AND extract(year FROM r.published_on) = :year");
			query.put("year", search.year());
		}
		order.add("r.published_on DESC NULLS LAST");
		order.add("r.id DESC");
		sql.append(" ORDER BY ").append(String.join(", ", order.stream().map(String::valueOf).toList()));
		return this.jdbc.sql(sql.toString()).params(query).query(Resources::resource).list();
	}

	/** The years resources were published in, the latest first. */
	public List<Integer> years() {
		return this.jdbc.sql(
				"SELECT DISTINCT extract(year FROM published_on)::int FROM hub_resources WHERE published_on IS NOT NULL ORDER BY 1 DESC")
			.query(Integer.class)
			.list();
	}

	/** The newest resources, for the feed. */
	public List<Resource> newest(int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM hub_resources r ORDER BY r.created_at DESC, r.id DESC LIMIT :limit")
			.param("limit", limit)
			.query(Resources::resource)
			.list();
	}

	/**
	 * Adds a resource to the library. The same submission sent again (the same key) adds
	 * nothing and answers the resource it added the first time.
	 * @param key the client's idempotency key for this submission
	 */
	@Transactional
	public Resource add(StaffMember by, ResourceDetails submitted, String key) {
		Editors.require(by);
		ResourceDetails details = withCurrentTags(submitted);
		check(details);
		this.tags.include(details.tags());
		Idempotency.Outcome outcome = this.idempotency.once("hub.resource", key, Idempotency.fingerprint(details),
				(submission) -> {
					var values = values(details);
					values.put("submission", submission);
					long id = this.jdbc
						.sql("""
								INSERT INTO hub_resources (kind, title, authors, published_on, published_precision, language,
								    link, description_en, description_fr, tags, submission)
								VALUES (:kind, :title, :authors, :published, :precision, :language, :link, :descriptionEn,
								    :descriptionFr, :tags::text[], :submission) RETURNING id""")
						.params(values)
						.query(Long.class)
						.single();
					this.events.publishEvent(new Audited("hub.resource-added", "resource " + id, null));
				});
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM hub_resources r WHERE r.submission = :submission")
			.param("submission", outcome.id())
			.query(Resources::resource)
			.single();
	}

	/**
	 * Adds a resource with a tag the editor typed on its form ({@code newTagEn} blank
	 * when none), ticked on it. Both happen in one transaction: a refused resource leaves
	 * no new tag behind.
	 */
	@Transactional
	public Resource addWithNewTag(StaffMember by, ResourceDetails submitted, String newTagEn, String newTagFr,
			String key) {
		return add(by, withNewTag(by, submitted, newTagEn, newTagFr), key);
	}

	/**
	 * Corrects a resource, adding the tag typed on its form as {@link #addWithNewTag}
	 * does.
	 */
	@Transactional
	public Resource updateWithNewTag(StaffMember by, long id, ResourceDetails submitted, String newTagEn,
			String newTagFr) {
		return update(by, id, withNewTag(by, submitted, newTagEn, newTagFr));
	}

	@Transactional
	public Resource update(StaffMember by, long id, ResourceDetails submitted) {
		Editors.require(by);
		require(id);
		ResourceDetails details = withCurrentTags(submitted);
		check(details);
		this.tags.include(details.tags());
		var values = values(details);
		values.put("id", id);
		this.jdbc.sql("""
				UPDATE hub_resources SET kind = :kind, title = :title, authors = :authors, published_on = :published,
				    published_precision = :precision, language = :language, link = :link,
				    description_en = :descriptionEn, description_fr = :descriptionFr, tags = :tags::text[]
				WHERE id = :id""").params(values).update();
		this.events.publishEvent(new Audited("hub.resource-updated", "resource " + id, null));
		return require(id);
	}

	private ResourceDetails withNewTag(StaffMember by, ResourceDetails submitted, String newTagEn, String newTagFr) {
		if (newTagEn == null || newTagEn.isBlank()) {
			return submitted;
		}
		List<String> tags = new ArrayList<>(submitted.tags());
		tags.add(this.tags.addWithResource(by, newTagEn, newTagFr).key());
		return new ResourceDetails(submitted.kind(), submitted.title(), submitted.authors(), submitted.published(),
				submitted.precision(), submitted.language(), submitted.link(), submitted.descriptionEn(),
				submitted.descriptionFr(), tags);
	}

	/**
	 * Tags as an editor typed them, separated by commas: trimmed, in lower case, without
	 * repeats.
	 */
	public static List<String> tagsFrom(String typed) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		Set<String> tags = new LinkedHashSet<>();
		Arrays.stream(typed.split(","))
			.map(String::strip)
			.filter((tag) -> !tag.isEmpty())
			.map((tag) -> tag.toLowerCase(Locale.ROOT))
			.forEach(tags::add);
		return List.copyOf(tags);
	}

	/**
	 * The details with each tag merged away replaced by the tag it was merged into (an
	 * old form, the API).
	 */
	private ResourceDetails withCurrentTags(ResourceDetails details) {
		if (details.tags() == null) {
			return details;
		}
		return new ResourceDetails(details.kind(), details.title(), details.authors(), details.published(),
				details.precision(), details.language(), details.link(), details.descriptionEn(),
				details.descriptionFr(), this.tags.current(details.tags()));
	}

	private static void check(ResourceDetails details) {
		if (details.kind() == null) {
			throw new Refusal("hub.error.kindRequired");
		}
		if (details.title() == null || details.title().isBlank()) {
			throw new Refusal("hub.error.titleRequired");
		}
		if (details.title().length() > 500) {
			throw new Refusal("hub.error.titleTooLong");
		}
		if (!"en".equals(details.language()) && !"fr".equals(details.language())) {
			throw new Refusal("hub.error.badLanguage");
		}
		Links.optional(details.link());
		for (String tag : details.tags()) {
			if (!Tags.TAG.matcher(tag).matches()) {
				throw new Refusal("hub.error.badTag", tag);
			}
		}
	}

	private static Map<String, Object> values(ResourceDetails details) {
		var values = new HashMap<String, Object>();
		values.put("kind", details.kind().name());
		values.put("title", details.title().strip());
		values.put("authors", (details.authors() == null) ? "" : details.authors().strip());
		values.put("published", (details.published() != null) ? Date.valueOf(details.published()) : null);
		values.put("precision", ((details.precision() != null) ? details.precision() : DatePrecision.DAY).name());
		values.put("language", details.language());
		values.put("link", Links.optional(details.link()));
		values.put("descriptionEn", (details.descriptionEn() == null) ? "" : details.descriptionEn().strip());
		values.put("descriptionFr", (details.descriptionFr() == null) ? "" : details.descriptionFr().strip());
		values.put("tags",
				"{" + String.join(",", details.tags().stream().map((tag) -> "\"" + tag + "\"").toList()) + "}");
		return values;
	}

	static Resource resource(ResultSet rs, int row) throws SQLException {
		Date published = rs.getDate("published_on");
		Array tags = rs.getArray("tags");
		return new Resource(rs.getLong("id"), ResourceKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("authors"), (published != null) ? published.toLocalDate() : null,
				DatePrecision.valueOf(rs.getString("published_precision")), rs.getString("language"),
				rs.getString("link"), rs.getString("description_en"), rs.getString("description_fr"),
				List.of((String[]) tags.getArray()), rs.getTimestamp("created_at").toInstant());
	}

}

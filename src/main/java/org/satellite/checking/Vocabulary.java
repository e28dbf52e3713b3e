package org.satellite.checking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.satellite.checking.internal.NameInUse;
import org.satellite.checking.internal.Substance;
import org.satellite.checking.internal.Verdict;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.Audited;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.NotFound;
import org.satellite.platform.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The substance vocabulary: canonical substances, every name written for them, instrument
 * verdicts, and the review queue of names nobody has mapped yet.
 *
 * <p>
 * A name is never dropped: an unknown one is kept as written and waits in the queue.
 * Samples keep the names as written and are read through this vocabulary, so when an
 * admin maps a name the mapping applies to every sample that used it, past and future. A
 * mapping that would move a name (or a substance's names) from one class to another is
 * refused: it would silently change every published figure of both classes.
 */
@Service
public class Vocabulary {

	/**
	 * Salt forms recognised at the end of a name: {@code Cocaine HCl} is cocaine, in its
	 * HCl form.
	 */
	private static final Pattern SALT = Pattern
		.compile("(?i)^(.+?)\\s+(hcl|base|sulfate|sulphate|citrate|phosphate|tartrate)$");

	public static final String SELECT_NAMES = """
			SELECT n.name_key, n.written, n.salt, n.verdict, s.id, s.name_en, s.name_fr, s.class, s.grp, s.notable_reason
			FROM substance_names n LEFT JOIN substances s ON s.id = n.substance_id""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Vocabulary(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The key every spelling of a name shares: trimmed, single spaces, lower case. */
	public static String keyOf(String written) {
		return written.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/**
	 * Makes sure each name is in the vocabulary: known names are left alone, a new name
	 * with a salt suffix whose base is known is mapped to that substance with its salt,
	 * any other new name joins the review queue.
	 */
	@Transactional
	public void register(Collection<String> names) {
		for (String written : names) {
			String key = keyOf(written);
			if (key.isEmpty()) {
				continue;
			}
			Integer substance = null;
			String salt = null;
			Matcher matcher = SALT.matcher(written.strip());
			if (matcher.matches()) {
				substance = this.jdbc.sql("SELECT substance_id FROM substance_names WHERE name_key = :key")
					.param("key", keyOf(matcher.group(1)))
					.query(Integer.class)
					.optional()
					.orElse(null);
				salt = (substance != null) ? matcher.group(2) : null;
			}
			this.jdbc
				.sql("""
						INSERT INTO substance_names (name_key, written, substance_id, salt, mapped_by)
						VALUES (:key, :written, :substance, :salt, CASE WHEN :substance::int IS NULL THEN NULL ELSE 'salt form' END)
						ON CONFLICT (name_key) DO NOTHING""")
				.param("key", key)
				.param("written", written.strip())
				.param("substance", substance)
				.param("salt", salt)
				.update();
		}
	}

	public Optional<NameInUse> name(String written) {
		return this.jdbc.sql(SELECT_NAMES + " WHERE n.name_key = :key")
			.param("key", keyOf(written))
			.query((rs, row) -> nameOf(rs, 0))
			.optional();
	}

	public List<Substance> substances() {
		return this.jdbc
			.sql("SELECT id, name_en, name_fr, class, grp, notable_reason FROM substances ORDER BY class, name_en")
			.query((rs, row) -> substanceOf(rs, "id"))
			.list();
	}

	public Substance substance(int id) {
		return this.jdbc.sql("SELECT id, name_en, name_fr, class, grp, notable_reason FROM substances WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> substanceOf(rs, "id"))
			.optional()
			.orElseThrow(() -> new NotFound("checking.error.unknownSubstance"));
	}

	/** Names nobody has mapped yet, the most used first. */
	public List<NameInUse> reviewQueue() {
		return this.jdbc.sql("""
				SELECT n.name_key, n.written, n.salt, n.verdict, NULL::int AS id, NULL AS name_en, NULL AS name_fr,
				       NULL AS class, NULL AS grp, NULL AS notable_reason,
				       (SELECT count(DISTINCT c.sample_code) FROM sample_components c WHERE c.name_key = n.name_key)
				     + (SELECT count(*) FROM samples s WHERE s.expected_key = n.name_key) AS samples
				FROM substance_names n
				WHERE n.substance_id IS NULL AND n.verdict IS NULL
				ORDER BY samples DESC, n.name_key""").query((rs, row) -> nameOf(rs, rs.getInt("samples"))).list();
	}

	/**
	 * Maps a name to a substance, for every sample that used it. Refused when the name
	 * already means a substance of another class, or is an instrument verdict.
	 */
	@Transactional
	public NameInUse map(StaffMember by, String written, int substanceId) {
		requireAdmin(by);
		NameInUse name = name(written).orElseThrow(() -> new NotFound("checking.error.unknownName", written));
		Substance target = substance(substanceId);
		if (name.verdict() != null) {
			throw new Refusal("checking.error.nameIsVerdict", name.written());
		}
		if (name.substance() != null && name.substance().substanceClass() != target.substanceClass()) {
			throw new Refusal("checking.error.mergesClasses", name.written(), name.substance().nameEn(),
					target.nameEn());
		}
		this.jdbc.sql("UPDATE substance_names SET substance_id = :id, mapped_by = :by WHERE name_key = :key")
			.param("id", substanceId)
			.param("by", by.username())
			.param("key", name.key())
			.update();
		this.events.publishEvent(new Audited("checking.name-mapped", name.written(), target.nameEn()));
		this.events.publishEvent(new VocabularyChanged("checking.name-mapped"));
		return name(written).orElseThrow();
	}

	/** Marks a name as an instrument verdict rather than a substance. */
	@Transactional
	public void markVerdict(StaffMember by, String written, Verdict verdict) {
		requireAdmin(by);
		NameInUse name = name(written).orElseThrow(() -> new NotFound("checking.error.unknownName", written));
		if (name.substance() != null) {
			throw new Refusal("checking.error.nameIsSubstance", name.written(), name.substance().nameEn());
		}
		this.jdbc.sql("UPDATE substance_names SET verdict = :verdict, mapped_by = :by WHERE name_key = :key")
			.param("verdict", verdict.name())
			.param("by", by.username())
			.param("key", name.key())
			.update();
		this.events.publishEvent(new Audited("checking.name-verdict", name.written(), verdict.name()));
	}

	/**
	 * Merges one substance into another: every name of the first now means the second.
	 * Refused across classes.
	 */
	@Transactional
	public void merge(StaffMember by, int fromId, int intoId) {
		requireAdmin(by);
		Substance from = substance(fromId);
		Substance into = substance(intoId);
		if (from.substanceClass() != into.substanceClass()) {
			throw new Refusal("checking.error.mergesClasses", from.nameEn(), from.nameEn(), into.nameEn());
		}
		if (fromId == intoId) {
			return;
		}
		this.jdbc.sql("UPDATE substance_names SET substance_id = :into, mapped_by = :by WHERE substance_id = :from")
			.param("into", intoId)
			.param("from", fromId)
			.param("by", by.username())
			.update();
		this.events.publishEvent(new Audited("checking.substances-merged", from.nameEn(), into.nameEn()));
		this.events.publishEvent(new VocabularyChanged("checking.substances-merged"));
	}

	@Transactional
	public Substance addSubstance(StaffMember by, String nameEn, String nameFr, SubstanceClass substanceClass) {
		requireAdmin(by);
		if (nameEn == null || nameEn.isBlank() || nameFr == null || nameFr.isBlank() || substanceClass == null
				|| nameEn.length() > 100 || nameFr.length() > 100) {
			throw new Refusal("checking.error.substanceNames");
		}
		if (this.jdbc.sql("SELECT count(*) FROM substances WHERE lower(name_en) = lower(:en)")
			.param("en", nameEn.strip())
			.query(Integer.class)
			.single() > 0) {
			throw new Refusal("checking.error.substanceExists", nameEn.strip());
		}
		int id = this.jdbc
			.sql("INSERT INTO substances (name_en, name_fr, class) VALUES (:en, :fr, :class) RETURNING id")
			.param("en", nameEn.strip())
			.param("fr", nameFr.strip())
			.param("class", substanceClass.name())
			.query(Integer.class)
			.single();
		register(List.of(nameEn));
		this.jdbc.sql(
				"UPDATE substance_names SET substance_id = :id, mapped_by = :by WHERE name_key = :key AND substance_id IS NULL AND verdict IS NULL")
			.param("id", id)
			.param("by", by.username())
			.param("key", keyOf(nameEn))
			.update();
		this.events.publishEvent(new Audited("checking.substance-added", nameEn.strip(), substanceClass.name()));
		return substance(id);
	}

	/**
	 * Marks a substance as always notable (or no longer), for every result shown from now
	 * on.
	 */
	@Transactional
	public void markNotable(StaffMember by, int substanceId, boolean notable) {
		requireAdmin(by);
		Substance substance = substance(substanceId);
		if (!notable && substance.notableReason() != null && !"marked".equals(substance.notableReason())) {
			throw new Refusal("checking.error.alwaysNotable", substance.nameEn());
		}
		this.jdbc.sql(
				"UPDATE substances SET notable_reason = :reason WHERE id = :id AND (notable_reason IS NULL OR notable_reason = 'marked')")
			.param("reason", notable ? "marked" : null)
			.param("id", substanceId)
			.update();
		this.events
			.publishEvent(new Audited("checking.substance-notable", substance.nameEn(), String.valueOf(notable)));
		this.events.publishEvent(new VocabularyChanged("checking.substance-notable"));
	}

	private static void requireAdmin(StaffMember by) {
		if (!by.is(Role.ADMIN)) {
			throw new NotAllowed("checking.error.adminOnly");
		}
	}

	public static NameInUse nameOf(ResultSet rs, int samples) throws SQLException {
		String verdict = rs.getString("verdict");
		Substance substance = (rs.getObject("id") != null) ? substanceOf(rs, "id") : null;
		return new NameInUse(rs.getString("name_key"), rs.getString("written"), substance, rs.getString("salt"),
				(verdict != null) ? Verdict.valueOf(verdict) : null, samples);
	}

	static Substance substanceOf(ResultSet rs, String idColumn) throws SQLException {
		return new Substance(rs.getInt(idColumn), rs.getString("name_en"), rs.getString("name_fr"),
				SubstanceClass.valueOf(rs.getString("class")), "fentanyl".equals(rs.getString("grp")),
				rs.getString("notable_reason"));
	}

}

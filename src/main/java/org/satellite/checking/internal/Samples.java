package org.satellite.checking.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.satellite.checking.NotableSubstanceFound;
import org.satellite.checking.ResultReleased;
import org.satellite.checking.SubstanceClass;
import org.satellite.checking.Vocabulary;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.Site;
import org.satellite.network.Sites;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.NotFound;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Samples and their tests, recorded by checkers. A sample is known by its code and
 * nothing else: no name, no contact, no address. When the checker releases the result, a
 * notable finding is published as {@link NotableSubstanceFound}.
 */
@Service
public class Samples {

	private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{M} ,'’/-]{0,40}");

	private static final int MAX_COMPONENTS = 30;

	private final JdbcClient jdbc;

	private final Vocabulary vocabulary;

	private final Sites sites;

	private final Idempotency idempotency;

	private final ProgramTime time;

	private final ApplicationEventPublisher events;

	Samples(JdbcClient jdbc, Vocabulary vocabulary, Sites sites, Idempotency idempotency, ProgramTime time,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.vocabulary = vocabulary;
		this.sites = sites;
		this.idempotency = idempotency;
		this.time = time;
		this.events = events;
	}

	/**
	 * Records a sample at intake and returns its code; the same key again returns the
	 * same code.
	 */
	@Transactional
	public String record(StaffMember by, NewSample sample, String idempotencyKey) {
		return record(by, sample, this.time.today(), idempotencyKey);
	}

	/**
	 * Records a sample collected on an earlier day (a mail-in that arrived late, a paper
	 * log typed in). The day must be within the last year and not in the future.
	 */
	@Transactional
	public String record(StaffMember by, NewSample sample, LocalDate collectedOn, String idempotencyKey) {
		requireChecker(by);
		if (collectedOn == null || collectedOn.isAfter(this.time.today())
				|| collectedOn.isBefore(this.time.today().minusYears(1))) {
			throw new Refusal("checking.error.collectedOn");
		}
		String[] place = requirePlace(sample.place());
		if (sample.mode() == null || sample.mode() == CollectionMode.UNKNOWN) {
			throw new Refusal("checking.error.mode");
		}
		if (sample.form() == null) {
			throw new Refusal("checking.error.form");
		}
		String colour = words(sample.colour());
		String texture = words(sample.texture());
		String expected = (sample.expected() == null || sample.expected().isBlank()) ? null : sample.expected().strip();
		if (expected != null && expected.length() > 80) {
			throw new Refusal("checking.error.expected");
		}
		String fingerprint = Idempotency.fingerprint(sample.place(), sample.mode(), expected, sample.form(), colour,
				texture, sample.beforeCut(), collectedOn);
		Idempotency.Outcome outcome = this.idempotency.once("checking-sample", idempotencyKey, fingerprint, (id) -> {
			if (expected != null) {
				this.vocabulary.register(List.of(expected));
			}
			this.jdbc
				.sql("""
						INSERT INTO samples (code, collected_on, site_code, zone_code, collection_mode, expected_written,
						  expected_key, form, colour, texture, before_cut, intake_id, recorded_by)
						VALUES (:code, :day, :site, :zone, :mode, :expected, :expectedKey, :form, :colour, :texture, :beforeCut,
						  :id, :by)""")
				.param("code", SampleCode.generate())
				.param("day", collectedOn)
				.param("site", place[0])
				.param("zone", place[1])
				.param("mode", sample.mode().name())
				.param("expected", expected)
				.param("expectedKey", (expected != null) ? Vocabulary.keyOf(expected) : null)
				.param("form", sample.form().name())
				.param("colour", colour)
				.param("texture", texture)
				.param("beforeCut", sample.beforeCut())
				.param("id", id)
				.param("by", by.username())
				.update();
		});
		return this.jdbc.sql("SELECT code FROM samples WHERE intake_id = :id")
			.param("id", outcome.id())
			.query(String.class)
			.single();
	}

	@Transactional
	public void recordStrip(StaffMember by, String code, Strip strip, StripResult result) {
		requireOpen(by, code);
		if (strip == null || result == null) {
			throw new Refusal("checking.error.strip");
		}
		this.jdbc.sql("""
				INSERT INTO sample_strips (sample_code, strip, result) VALUES (:code, :strip, :result)
				ON CONFLICT (sample_code, strip) DO UPDATE SET result = EXCLUDED.result""")
			.param("code", code)
			.param("strip", strip.name())
			.param("result", result.name())
			.update();
	}

	/**
	 * Adds one FTIR component; a name Satellite does not know is kept and joins the
	 * review queue. The same key again adds nothing.
	 */
	@Transactional
	public void recordComponent(StaffMember by, String code, String written, MatchQuality quality, BigDecimal percent,
			String idempotencyKey) {
		requireOpen(by, code);
		if (written == null || written.isBlank() || written.strip().length() > 100) {
			throw new Refusal("checking.error.componentName");
		}
		if (quality == null) {
			throw new Refusal("checking.error.quality");
		}
		if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new Refusal("checking.error.percent");
		}
		int next = this.jdbc
			.sql("SELECT coalesce(max(position), 0) + 1 FROM sample_components WHERE sample_code = :code")
			.param("code", code)
			.query(Integer.class)
			.single();
		if (next > MAX_COMPONENTS) {
			throw new Refusal("checking.error.tooManyComponents");
		}
		this.idempotency.once("checking-component", idempotencyKey,
				Idempotency.fingerprint(code, written.strip(), quality, percent), (id) -> {
					this.vocabulary.register(List.of(written));
					this.jdbc.sql("""
							INSERT INTO sample_components (sample_code, position, written, name_key, quality, percent)
							VALUES (:code, :position, :written, :key, :quality, :percent)""")
						.param("code", code)
						.param("position", next)
						.param("written", written.strip())
						.param("key", Vocabulary.keyOf(written))
						.param("quality", quality.name())
						.param("percent", percent)
						.update();
				});
	}

	@Transactional
	public void removeComponent(StaffMember by, String code, int position) {
		requireOpen(by, code);
		this.jdbc.sql("DELETE FROM sample_components WHERE sample_code = :code AND position = :position")
			.param("code", code)
			.param("position", position)
			.update();
	}

	@Transactional
	public void recordLabResult(StaffMember by, String code, String written, BigDecimal percentWw, String method,
			String detectionLimit) {
		requireOpen(by, code);
		if (written == null || written.isBlank() || written.strip().length() > 100) {
			throw new Refusal("checking.error.componentName");
		}
		if (percentWw == null || percentWw.signum() < 0 || percentWw.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new Refusal("checking.error.percent");
		}
		if (method == null || method.isBlank() || method.length() > 60
				|| (detectionLimit != null && detectionLimit.length() > 40)) {
			throw new Refusal("checking.error.method");
		}
		this.vocabulary.register(List.of(written));
		this.jdbc
			.sql("""
					INSERT INTO sample_lab_results (sample_code, position, written, name_key, percent_ww, method, detection_limit)
					VALUES (:code, (SELECT coalesce(max(position), 0) + 1 FROM sample_lab_results WHERE sample_code = :code),
					  :written, :key, :percent, :method, :lod)""")
			.param("code", code)
			.param("written", written.strip())
			.param("key", Vocabulary.keyOf(written))
			.param("percent", percentWw)
			.param("method", method.strip())
			.param("lod", (detectionLimit == null || detectionLimit.isBlank()) ? null : detectionLimit.strip())
			.update();
	}

	/**
	 * Releases the result to the public page. Publishes {@link NotableSubstanceFound}
	 * when the result is notable. Releasing twice changes nothing.
	 */
	@Transactional
	public void release(StaffMember by, String code) {
		requireChecker(by);
		Sample sample = require(code);
		if (sample.ready()) {
			return;
		}
		if (sample.strips().isEmpty() && sample.components().isEmpty() && sample.labResults().isEmpty()) {
			throw new Refusal("checking.error.noTests");
		}
		this.jdbc.sql("UPDATE samples SET result_ready_at = :now WHERE code = :code")
			.param("now", Timestamp.from(this.time.now()))
			.param("code", code)
			.update();
		SampleResult result = SampleResult.of(require(code));
		this.events.publishEvent(new ResultReleased(code, sample.zoneCode(), sample.collectedOn()));
		if (!result.notable().isEmpty()) {
			List<String> substances = result.notable().stream().map(Findings.Notable::nameEn).distinct().toList();
			List<SubstanceClass> classes = result.notable()
				.stream()
				.map(Findings.Notable::substanceClass)
				.distinct()
				.toList();
			List<String> reasons = result.notable().stream().map(Findings.Notable::reason).distinct().toList();
			this.events.publishEvent(
					new NotableSubstanceFound(code, sample.zoneCode(), substances, classes, reasons, this.time.now()));
		}
	}

	public Optional<Sample> find(String code) {
		return this.jdbc
			.sql("""
					SELECT code, collected_on, site_code, zone_code, city, collection_mode, expected_key, form, colour, texture,
					       before_cut, result_ready_at
					FROM samples WHERE code = :code""")
			.param("code", code)
			.query((rs, row) -> new Row(rs.getString("code"), rs.getDate("collected_on").toLocalDate(),
					rs.getString("site_code"), rs.getString("zone_code"), rs.getString("city"),
					CollectionMode.valueOf(rs.getString("collection_mode")), rs.getString("expected_key"),
					(rs.getString("form") != null) ? SampleForm.valueOf(rs.getString("form")) : null,
					rs.getString("colour"), rs.getString("texture"), (Boolean) rs.getObject("before_cut"),
					(rs.getTimestamp("result_ready_at") != null) ? rs.getTimestamp("result_ready_at").toInstant()
							: null))
			.optional()
			.map(this::complete);
	}

	public Sample require(String code) {
		return find(code).orElseThrow(() -> new NotFound("checking.error.unknownSample"));
	}

	/** The latest samples recorded at intake (not imported), newest first. */
	public List<Sample> latest(int limit) {
		return this.jdbc
			.sql("SELECT code FROM samples WHERE import_id IS NULL ORDER BY recorded_at DESC, code LIMIT :limit")
			.param("limit", limit)
			.query(String.class)
			.list()
			.stream()
			.map(this::require)
			.toList();
	}

	private Sample complete(Row row) {
		Map<Strip, StripResult> strips = new EnumMap<>(Strip.class);
		this.jdbc.sql("SELECT strip, result FROM sample_strips WHERE sample_code = :code")
			.param("code", row.code())
			.query((rs) -> {
				strips.put(Strip.valueOf(rs.getString("strip")), StripResult.valueOf(rs.getString("result")));
			});
		List<Component> components = this.jdbc.sql(Vocabulary.SELECT_NAMES.replace("FROM substance_names n",
				", c.position, c.quality, c.percent, c.written AS as_written FROM sample_components c JOIN substance_names n ON n.name_key = c.name_key")
				+ " WHERE c.sample_code = :code ORDER BY c.position")
			.param("code", row.code())
			.query((rs, i) -> new Component(rs.getInt("position"), Vocabulary.nameOf(rs, 0),
					MatchQuality.valueOf(rs.getString("quality")), rs.getBigDecimal("percent")))
			.list();
		List<LabResult> lab = this.jdbc.sql(Vocabulary.SELECT_NAMES.replace("FROM substance_names n",
				", l.position, l.percent_ww, l.method, l.detection_limit FROM sample_lab_results l JOIN substance_names n ON n.name_key = l.name_key")
				+ " WHERE l.sample_code = :code ORDER BY l.position")
			.param("code", row.code())
			.query((rs, i) -> new LabResult(rs.getInt("position"), Vocabulary.nameOf(rs, 0),
					rs.getBigDecimal("percent_ww"), rs.getString("method"), rs.getString("detection_limit")))
			.list();
		NameInUse expected = (row.expectedKey() != null) ? this.vocabulary.name(row.expectedKey()).orElse(null) : null;
		return new Sample(row.code(), row.collectedOn(), row.siteCode(), row.zoneCode(), row.city(), row.mode(),
				expected, row.form(), row.colour(), row.texture(), row.beforeCut(), row.readyAt(), strips, components,
				lab);
	}

	private void requireOpen(StaffMember by, String code) {
		requireChecker(by);
		if (require(code).ready()) {
			throw new Refusal("checking.error.released");
		}
	}

	static void requireChecker(StaffMember by) {
		if (!by.is(Role.CHECKER) && !by.is(Role.ADMIN)) {
			throw new NotAllowed("checking.error.checkerOnly");
		}
	}

	/**
	 * {@code site:CODE} gives the site and its zone; {@code zone:CODE} the zone alone.
	 */
	private String[] requirePlace(String place) {
		if (place != null && place.startsWith("site:")) {
			Site site = this.sites.find(place.substring(5)).orElseThrow(() -> new Refusal("checking.error.place"));
			return new String[] { site.code(), site.zoneCode() };
		}
		if (place != null && place.startsWith("zone:")) {
			String zone = this.sites.zone(place.substring(5))
				.orElseThrow(() -> new Refusal("checking.error.place"))
				.code();
			return new String[] { null, zone };
		}
		throw new Refusal("checking.error.place");
	}

	private static String words(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!WORDS.matcher(text.strip()).matches()) {
			throw new Refusal("checking.error.words");
		}
		return text.strip();
	}

	private record Row(String code, LocalDate collectedOn, String siteCode, String zoneCode, String city,
			CollectionMode mode, String expectedKey, SampleForm form, String colour, String texture, Boolean beforeCut,
			Instant readyAt) {
	}

}

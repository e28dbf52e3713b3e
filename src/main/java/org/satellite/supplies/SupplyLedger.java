package org.satellite.supplies;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.satellite.identity.StaffMember;
import org.satellite.network.Site;
import org.satellite.network.Sites;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.privacy.KeyedHash;
import org.satellite.supplies.internal.Movements;
import org.satellite.supplies.internal.SuppliesSettings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happens to supplies at sites: distributions, needles brought back, and
 * their undoing.
 *
 * <p>
 * A distribution is never refused because the ledger thinks the site has run out: the
 * person at the site is right and the ledger is late (a transfer not yet recorded). It is
 * recorded and the negative stock is flagged for the coordinator. Every submission
 * carries an idempotency key and lands once.
 */
@Service
public class SupplyLedger {

	/** How long a peer worker can undo an entry they made. */
	public static final Duration UNDO_WINDOW = Duration.ofHours(24);

	public static final int MAX_QUANTITY = 10_000;

	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final Pattern CLIENT_CODE = Pattern.compile("[A-Za-z0-9-]{1,40}");

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final Sites sites;

	private final Movements movements;

	private final Idempotency idempotency;

	private final KeyedHash hash;

	private final ProgramTime time;

	private final ApplicationEventPublisher events;

	private final SuppliesSettings settings;

	SupplyLedger(JdbcClient jdbc, Catalogue catalogue, Sites sites, Movements movements, Idempotency idempotency,
			KeyedHash hash, ProgramTime time, ApplicationEventPublisher events, SuppliesSettings settings) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.sites = sites;
		this.movements = movements;
		this.idempotency = idempotency;
		this.hash = hash;
		this.time = time;
		this.events = events;
		this.settings = settings;
	}

	@Transactional
	public Idempotency.Outcome distribute(StaffMember by, NewDistribution distribution, String idempotencyKey) {
		Site site = requireSiteFor(by, distribution.siteCode());
		Instant when = requirePlausible(distribution.occurredAt(), site);
		Map<String, Integer> items = requireItems(distribution.items());
		if (distribution.alsoFor() < 0 || distribution.alsoFor() > 500) {
			throw new Refusal("supplies.error.badAlsoFor");
		}
		String clientHash = clientHash(distribution.clientCode());
		// The time as submitted, not as defaulted: a retry without a time is the same
		// submission.
		String fingerprint = Idempotency.fingerprint(site.code(), distribution.occurredAt(), new TreeMap<>(items),
				distribution.alsoFor(), clientHash);
		Idempotency.Outcome outcome = this.idempotency.once("distribution", idempotencyKey, fingerprint, (id) -> {
			this.jdbc.sql("""
					INSERT INTO distributions (id, site_code, occurred_at, also_for, client_hash, recorded_by)
					VALUES (:id, :site, :occurred, :alsoFor, :client, :by)""")
				.param("id", id)
				.param("site", site.code())
				.param("occurred", Timestamp.from(when))
				.param("alsoFor", distribution.alsoFor())
				.param("client", clientHash)
				.param("by", by.username())
				.update();
			this.movements.appendDistributed(id, when, site.code(), items, by.username());
			this.events.publishEvent(new SuppliesDistributed(id, site.code(), when));
		});
		return outcome;
	}

	/**
	 * Undoes a distribution with a reversing entry. Peer workers may undo their site's
	 * entries for {@link #UNDO_WINDOW}; coordinators at any time. Undoing twice changes
	 * nothing more.
	 */
	@Transactional
	public void undoDistribution(StaffMember by, UUID distributionId) {
		Entry entry = this.jdbc.sql("""
				SELECT site_code, occurred_at, recorded_at, reverses IS NOT NULL AS reversal,
				       EXISTS (SELECT 1 FROM distributions r WHERE r.reverses = d.id) AS undone
				FROM distributions d WHERE id = :id FOR UPDATE""")
			.param("id", distributionId)
			.query(Entry.class)
			.optional()
			.filter((found) -> !found.reversal())
			.orElseThrow(() -> new Refusal("supplies.error.unknownDistribution"));
		requireMayUndo(by, entry);
		if (entry.undone()) {
			return;
		}
		UUID reversal = UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO distributions (id, site_code, occurred_at, also_for, client_hash, reverses, recorded_by)
					SELECT :reversal, site_code, occurred_at, -also_for, client_hash, id, :by FROM distributions WHERE id = :id""")
			.param("reversal", reversal)
			.param("id", distributionId)
			.param("by", by.username())
			.update();
		this.movements.reverse(distributionId, reversal, by.username());
		this.events.publishEvent(new DistributionUndone(distributionId, entry.siteCode(), entry.occurredAt()));
	}

	/**
	 * Records needles brought back, either counted or weighed; a weight is converted at
	 * the configured number of needles per kilogram.
	 */
	@Transactional
	public Idempotency.Outcome recordReturn(StaffMember by, String siteCode, Instant occurredAt, Integer counted,
			Integer grams, String idempotencyKey) {
		Site site = requireSiteFor(by, siteCode);
		Instant when = requirePlausible(occurredAt, site);
		if ((counted == null) == (grams == null)) {
			throw new Refusal("supplies.error.countOrWeigh");
		}
		if (counted != null && (counted < 1 || counted > 100_000)) {
			throw new Refusal("supplies.error.badReturnCount");
		}
		if (grams != null && (grams < 1 || grams > 100_000)) {
			throw new Refusal("supplies.error.badReturnWeight");
		}
		int needles = (counted != null) ? counted : this.settings.needlesWeighing(grams);
		String method = (counted != null) ? "COUNTED" : "WEIGHED";
		String fingerprint = Idempotency.fingerprint(site.code(), occurredAt, counted, grams);
		return this.idempotency.once("needle-return", idempotencyKey, fingerprint, (id) -> {
			this.jdbc.sql("""
					INSERT INTO needle_returns (id, site_code, occurred_at, needles, method, grams, recorded_by)
					VALUES (:id, :site, :occurred, :needles, :method, :grams, :by)""")
				.param("id", id)
				.param("site", site.code())
				.param("occurred", Timestamp.from(when))
				.param("needles", needles)
				.param("method", method)
				.param("grams", grams)
				.param("by", by.username())
				.update();
			this.events.publishEvent(new NeedlesReturned(id, site.code(), when));
		});
	}

	@Transactional
	public void undoReturn(StaffMember by, UUID returnId) {
		Entry entry = this.jdbc.sql("""
				SELECT site_code, occurred_at, recorded_at, reverses IS NOT NULL AS reversal,
				       EXISTS (SELECT 1 FROM needle_returns r WHERE r.reverses = n.id) AS undone
				FROM needle_returns n WHERE id = :id FOR UPDATE""")
			.param("id", returnId)
			.query(Entry.class)
			.optional()
			.filter((found) -> !found.reversal())
			.orElseThrow(() -> new Refusal("supplies.error.unknownReturn"));
		requireMayUndo(by, entry);
		if (entry.undone()) {
			return;
		}
		this.jdbc
			.sql("""
					INSERT INTO needle_returns (id, site_code, occurred_at, needles, method, grams, reverses, recorded_by)
					SELECT :reversal, site_code, occurred_at, -needles, method, grams, id, :by FROM needle_returns WHERE id = :id""")
			.param("reversal", UUID.randomUUID())
			.param("id", returnId)
			.param("by", by.username())
			.update();
		this.events.publishEvent(new NeedleReturnUndone(returnId, entry.siteCode(), entry.occurredAt()));
	}

	private void requireMayUndo(StaffMember by, Entry entry) {
		if (!by.mayActFor(entry.siteCode())) {
			throw new NotAllowed("supplies.error.otherSite");
		}
		if (by.siteCode().isPresent() && entry.recordedAt().isBefore(this.time.now().minus(UNDO_WINDOW))) {
			throw new Refusal("supplies.error.undoTooLate");
		}
	}

	Site requireSiteFor(StaffMember by, String siteCode) {
		if (!by.mayActFor(siteCode)) {
			throw new NotAllowed("supplies.error.otherSite");
		}
		return this.sites.require(siteCode);
	}

	Instant requirePlausible(Instant occurredAt, Site site) {
		Instant when = (occurredAt != null) ? occurredAt : this.time.now();
		if (when.isAfter(this.time.now().plus(CLOCK_SKEW))) {
			throw new Refusal("supplies.error.future");
		}
		if (!site.isOpenOn(when.atZone(this.time.zone()).toLocalDate())) {
			throw new Refusal("supplies.error.siteClosed", site.code());
		}
		return when;
	}

	Map<String, Integer> requireItems(Map<String, Integer> requested) {
		if (requested == null || requested.isEmpty()) {
			throw new Refusal("supplies.error.noItems");
		}
		this.catalogue.requireAll(requested.keySet());
		Map<String, Integer> items = new LinkedHashMap<>();
		requested.forEach((code, quantity) -> {
			if (quantity == null || quantity < 0 || quantity > MAX_QUANTITY) {
				throw new Refusal("supplies.error.badQuantity", code);
			}
			if (quantity > 0) {
				items.put(code, quantity);
			}
		});
		if (items.isEmpty()) {
			throw new Refusal("supplies.error.noItems");
		}
		return items;
	}

	private String clientHash(String clientCode) {
		if (clientCode == null || clientCode.isBlank()) {
			return null;
		}
		String code = clientCode.strip().toUpperCase(Locale.ROOT);
		if (!CLIENT_CODE.matcher(code).matches()) {
			throw new Refusal("supplies.error.badClientCode");
		}
		return this.hash.of("client-code", code);
	}

	private record Entry(String siteCode, Instant occurredAt, Instant recordedAt, boolean reversal, boolean undone) {
	}

}

package org.satellite.reporting;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.alerts.internal.Alert;
import org.satellite.alerts.internal.AlertDesk;
import org.satellite.alerts.internal.AlertDraft;
import org.satellite.alerts.internal.Severity;
import org.satellite.checking.Vocabulary;
import org.satellite.checking.internal.CollectionMode;
import org.satellite.checking.internal.MatchQuality;
import org.satellite.checking.internal.NewSample;
import org.satellite.checking.internal.SampleForm;
import org.satellite.checking.internal.Samples;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.PeerWorker;
import org.satellite.network.PeerWorkers;
import org.satellite.network.SiteKind;
import org.satellite.network.internal.NewVisit;
import org.satellite.network.internal.PaymentMethod;
import org.satellite.network.internal.Stipends;
import org.satellite.network.internal.Visits;
import org.satellite.network.Sites;
import org.satellite.overdose.internal.NaloxoneForm;
import org.satellite.overdose.internal.NaloxoneHandouts;
import org.satellite.overdose.internal.NewOverdoseResponse;
import org.satellite.overdose.internal.NoCallReason;
import org.satellite.overdose.internal.OverdoseResponses;
import org.satellite.overdose.internal.ReplacementReason;
import org.satellite.overdose.internal.Responder;
import org.satellite.overdose.internal.ResponseOutcome;
import org.satellite.platform.ProgramTime;
import org.satellite.privacy.Disclosure.Mark;
import org.satellite.privacy.internal.Audit;
import org.satellite.referrals.ReferralKind;
import org.satellite.referrals.Referrals;
import org.satellite.referrals.internal.ReferralOutcome;
import org.satellite.reporting.internal.Audience;
import org.satellite.reporting.internal.Figure;
import org.satellite.reporting.internal.OrgUnit;
import org.satellite.reporting.internal.ReportFigures;
import org.satellite.reporting.internal.ReportPeriod;
import org.satellite.reporting.internal.Rollups;
import org.satellite.supplies.NewDistribution;
import org.satellite.supplies.SiteFigures;
import org.satellite.supplies.SiteMonth;
import org.satellite.supplies.SupplyLedger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollups kept by events are the rollups a rebuild makes, and both are the figures
 * counted straight from the raw records; an undone distribution or overdose report leaves
 * them as if it had never been recorded; figures that leave the program hide a small
 * zone's counts so that nothing published together gives them away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportingRollupsIntegrationTests {

	@Autowired
	ReportFigures figures;

	@Autowired
	Rollups rollups;

	@Autowired
	SupplyLedger ledger;

	@Autowired
	SiteFigures siteFigures;

	@Autowired
	NaloxoneHandouts handouts;

	@Autowired
	OverdoseResponses responses;

	@Autowired
	Sites sites;

	@Autowired
	ProgramTime time;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Samples samples;

	@Autowired
	AlertDesk desk;

	@Autowired
	Referrals referrals;

	@Autowired
	Vocabulary vocabulary;

	@Autowired
	Visits visits;

	@Autowired
	Stipends stipends;

	@Autowired
	PeerWorkers peerWorkers;

	@LocalServerPort
	int port;

	static final StaffMember CHECKER = new StaffMember("checker-reporting", Role.CHECKER, Optional.empty());

	static final StaffMember ANA = new StaffMember("ana-reporting", Role.COORDINATOR, Optional.empty());

	static final StaffMember BEN = new StaffMember("ben-reporting", Role.COORDINATOR, Optional.empty());

	static final StaffMember ADMIN = new StaffMember("admin-reporting", Role.ADMIN, Optional.empty());

	String zone;

	String site;

	StaffMember peer;

	@BeforeEach
	void openSite() {
		String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		this.zone = "RZ-" + suffix;
		this.sites.addZone(this.zone, "Reporting zone " + suffix, "Zone de rapport " + suffix);
		this.site = "R-" + suffix;
		this.sites.open(this.site, this.zone, SiteKind.HOME, LocalDate.of(2024, 1, 1));
		this.peer = new StaffMember("peer-" + this.site.toLowerCase(), Role.PEER_WORKER, Optional.of(this.site));
	}

	@Test
	void eventsKeepTheRollupsEqualToARebuildAndToTheRawRecordsUndoIncluded() {
		YearMonth month = this.time.thisMonth();
		Instant when = this.time.now().minusSeconds(60);
		this.ledger.distribute(this.peer,
				new NewDistribution(this.site, when, Map.of("NDL-1", 100, "KIT-INJ", 3, "KIT-INH", 2), 4, null), key());
		UUID mistake = this.ledger
			.distribute(this.peer, new NewDistribution(this.site, when, Map.of("NDL-1", 50, "NAL-NASAL", 1), 7, null),
					key())
			.id();
		this.ledger.recordReturn(this.peer, this.site, when, 90, null, key());
		this.handouts.handOut(this.peer, this.site, NaloxoneForm.NASAL, 2, null, key());
		this.handouts.handOut(this.peer, this.site, NaloxoneForm.NASAL, 1, ReplacementReason.USED, key());
		overdose(when, true, ResponseOutcome.TAKEN_TO_HOSPITAL);
		UUID wrongReport = overdose(when, false, ResponseOutcome.RECOVERED_ON_SITE);
		this.ledger.undoDistribution(this.peer, mistake);
		this.responses.undo(this.peer, wrongReport);

		OrgUnit site = new OrgUnit(OrgUnit.Level.SITE, this.site, this.site);
		OrgUnit zone = new OrgUnit(OrgUnit.Level.ZONE, this.zone, "");
		ReportPeriod period = ReportPeriod.month(month);
		SiteMonth raw = this.siteFigures.month(this.site, month);
		assertThat(raw.needlesOut()).isEqualTo(130);
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Map<String, BigDecimal> own = values(this.figures.figures(site, period, Audience.INTERNAL), site);
			assertThat(own).containsEntry("NEEDLES_DISTRIBUTED", BigDecimal.valueOf(raw.needlesOut()))
				.containsEntry("NEEDLES_RETURNED", BigDecimal.valueOf(raw.needlesBack()));
			assertThat(values(this.figures.figures(zone, period, Audience.INTERNAL), zone))
				.containsEntry("OVERDOSE_RESPONSES", BigDecimal.ONE);
		});
		Map<String, BigDecimal> own = values(this.figures.figures(site, period, Audience.INTERNAL), site);
		// As if the undone distribution (50 needles, a kit, 7 people) had never been
		// recorded: the supplies module's own month figures, counted from the raw lines.
		assertThat(own).containsEntry("INJECTION_KITS", BigDecimal.valueOf(3))
			.containsEntry("INHALATION_KITS", BigDecimal.valueOf(2))
			.containsEntry("SECONDARY_REACH", BigDecimal.valueOf(raw.secondaryReach()))
			.containsEntry("NALOXONE_KITS", BigDecimal.valueOf(raw.naloxone()))
			.containsEntry("NALOXONE_FIRST_KITS", BigDecimal.valueOf(2))
			.containsEntry("NALOXONE_REPLACED_USED", BigDecimal.ONE)
			.containsEntry("NALOXONE_REASON_NOT_RECORDED", BigDecimal.ZERO)
			.containsEntry("RETURN_RATIO", new BigDecimal("0.69"));
		assertThat(raw.secondaryReach()).isEqualTo(4);
		assertThat(raw.naloxone()).isEqualTo(3);
		Map<String, BigDecimal> zoneFigures = values(this.figures.figures(zone, period, Audience.INTERNAL), zone);
		long rawResponses = this.jdbc.sql("SELECT count(*) FROM overdose_responses WHERE zone_code = :zone")
			.param("zone", this.zone)
			.query(Long.class)
			.single();
		assertThat(zoneFigures).containsEntry("OVERDOSE_RESPONSES", BigDecimal.valueOf(rawResponses))
			.containsEntry("PEOPLE_SURVIVED", BigDecimal.ONE)
			.containsEntry("CALLED_911_SHARE", new BigDecimal("100.0"))
			.containsEntry("NEEDLES_DISTRIBUTED", BigDecimal.valueOf(130));

		List<Map<String, Object>> kept = cells();
		this.rollups.rebuild();
		assertThat(cells()).isEqualTo(kept);
	}

	/**
	 * What the overdose module's quarterly naloxone CSV held (decision 0111): doses by
	 * form, deaths, the reasons 911 was not called and whether someone stayed, kept by
	 * zone from the events and made the same by a rebuild.
	 */
	@Test
	void theZoneMonthCountsDosesByFormDeathsReasons911WasNotCalledAndStaying() {
		YearMonth month = this.time.thisMonth();
		Instant when = this.time.now().minusSeconds(60);
		overdose(when, 2, NaloxoneForm.NASAL, null, true, ResponseOutcome.TAKEN_TO_HOSPITAL);
		overdose(when, 1, NaloxoneForm.INJECTABLE, NoCallReason.FEAR_OF_POLICE, true,
				ResponseOutcome.RECOVERED_ON_SITE);
		overdose(when, 0, null, NoCallReason.PERSON_RECOVERED, false, ResponseOutcome.RECOVERED_ON_SITE);
		overdose(when, 3, NaloxoneForm.NASAL, null, true, ResponseOutcome.DIED);
		UUID undone = overdose(when, 4, NaloxoneForm.INJECTABLE, NoCallReason.NO_PHONE, false, ResponseOutcome.UNKNOWN);
		this.responses.undo(this.peer, undone);
		this.handouts.handOut(this.peer, this.site, NaloxoneForm.NASAL, 2, null, key());
		this.handouts.handOut(this.peer, this.site, NaloxoneForm.NASAL, 1, ReplacementReason.USED, key());
		this.ledger.distribute(this.peer, new NewDistribution(this.site, when, Map.of("NAL-NASAL", 4), 0, null), key());

		OrgUnit zone = new OrgUnit(OrgUnit.Level.ZONE, this.zone, "");
		ReportPeriod period = ReportPeriod.month(month);
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Map<String, BigDecimal> figures = values(this.figures.figures(zone, period, Audience.INTERNAL), zone);
			assertThat(figures).containsEntry("OVERDOSE_RESPONSES", BigDecimal.valueOf(4))
				.containsEntry("NALOXONE_KITS", BigDecimal.valueOf(7));
		});
		Map<String, BigDecimal> figures = values(this.figures.figures(zone, period, Audience.INTERNAL), zone);
		assertThat(figures).containsEntry("NALOXONE_ADMINISTRATIONS", BigDecimal.valueOf(3))
			.containsEntry("NALOXONE_DOSES", BigDecimal.valueOf(6))
			.containsEntry("NALOXONE_DOSES_NASAL", BigDecimal.valueOf(5))
			.containsEntry("NALOXONE_DOSES_INJECTABLE", BigDecimal.ONE)
			.containsEntry("PEOPLE_SURVIVED", BigDecimal.valueOf(3))
			.containsEntry("PEOPLE_DIED", BigDecimal.ONE)
			.containsEntry("OVERDOSE_OUTCOME_UNKNOWN", BigDecimal.ZERO)
			.containsEntry("CALLED_911", BigDecimal.valueOf(2))
			.containsEntry("CALLED_911_SHARE", new BigDecimal("50.0"))
			.containsEntry("NOT_CALLED_FEAR_OF_POLICE", BigDecimal.ONE)
			.containsEntry("NOT_CALLED_PERSON_RECOVERED", BigDecimal.ONE)
			.containsEntry("NOT_CALLED_NO_PHONE", BigDecimal.ZERO)
			.containsEntry("NOT_CALLED_OTHER", BigDecimal.ZERO)
			.containsEntry("STAYED_WITH_PERSON", BigDecimal.valueOf(3))
			.containsEntry("NALOXONE_FIRST_KITS", BigDecimal.valueOf(2))
			.containsEntry("NALOXONE_REPLACED_USED", BigDecimal.ONE)
			.containsEntry("NALOXONE_REASON_NOT_RECORDED", BigDecimal.valueOf(4));
		// The same counted straight from the raw records.
		Map<String, Object> raw = this.jdbc.sql("""
				SELECT sum(naloxone_doses) AS doses, count(*) FILTER (WHERE outcome = 'DIED') AS died,
				       count(*) FILTER (WHERE stayed) AS stayed,
				       count(*) FILTER (WHERE no_call_reason = 'FEAR_OF_POLICE') AS police
				FROM overdose_responses WHERE zone_code = :zone""").param("zone", this.zone).query().singleRow();
		assertThat(figures.get("NALOXONE_DOSES")).isEqualByComparingTo(raw.get("doses").toString());
		assertThat(figures.get("PEOPLE_DIED")).isEqualByComparingTo(raw.get("died").toString());
		assertThat(figures.get("STAYED_WITH_PERSON")).isEqualByComparingTo(raw.get("stayed").toString());
		assertThat(figures.get("NOT_CALLED_FEAR_OF_POLICE")).isEqualByComparingTo(raw.get("police").toString());

		List<Map<String, Object>> kept = cells();
		assertThat(kept).extracting((cell) -> cell.get("indicator"))
			.contains("NALOXONE_DOSES_NASAL", "PEOPLE_DIED", "NOT_CALLED_NO_PHONE", "STAYED_WITH_PERSON");
		this.rollups.rebuild();
		assertThat(cells()).isEqualTo(kept);
	}

	@Test
	void aMonthWithNothingRecordedIsNoDataNeverZero() {
		OrgUnit site = new OrgUnit(OrgUnit.Level.SITE, this.site, this.site);
		List<Figure> month = this.figures.figures(site, ReportPeriod.month(this.time.thisMonth()), Audience.INTERNAL);

		assertThat(month).isNotEmpty().allSatisfy((figure) -> assertThat(figure.noData()).isTrue());
	}

	@Test
	void aSmallZoneIsHiddenOnThePublicFiguresAndCannotBeWorkedOut() throws Exception {
		YearMonth last = this.time.thisMonth().minusMonths(1);
		Instant when = this.time.startOf(last).plus(Duration.ofDays(2));
		this.ledger.distribute(this.peer, new NewDistribution(this.site, when, Map.of("NDL-1", 3), 1, null), key());
		this.rollups.rebuild();

		String csv = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/figures.csv")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
		Map<String, String> published = new LinkedHashMap<>();
		for (CSVRecord row : rows) {
			published.put(row.get("month") + "|" + row.get("place") + "|" + row.get("indicator"), row.get("value"));
		}
		String small = last + "|" + this.zone + "|NEEDLES_DISTRIBUTED";
		assertThat(published).containsEntry(small, "<5");
		assertThat(published).doesNotContainValue("3").isNotEmpty();
		assertThat(attack(published)).isEmpty();
	}

	/**
	 * What someone holding the whole CSV can work out: every month's program figure is
	 * the sum of its zones', naloxone given and survivals are at most the responses;
	 * {@code <5} is 0 to 4 and {@code hidden} is 5 or more. Returns the withheld cells
	 * worked out to one value, and those alone in a sum.
	 */
	/**
	 * Referrals, their outcomes, coordinator visits and stipends reach the site's month
	 * through their modules' events within seconds (the ten-minute refresh first runs two
	 * minutes after start, after this test has its answer).
	 */
	@Test
	void referralsVisitsAndStipendsReachTheSiteMonthThroughTheirEvents() {
		YearMonth month = this.time.thisMonth();
		UUID referral = this.referrals.refer(this.peer, this.site, ReferralKind.HOUSING, null, key()).id();
		this.referrals.refer(this.peer, this.site, ReferralKind.PRIMARY_CARE, null, key());
		this.referrals.recordOutcome(this.peer, referral, ReferralOutcome.WENT);
		this.visits.record(ANA, new NewVisit(this.site, this.time.today(), 30, Map.of(), Map.of(), null), key());
		PeerWorker worker = this.peerWorkers.register("rp-" + this.site.toLowerCase(), this.site, null);
		this.stipends.setMonthly(ANA, worker.id(), 20_000);
		this.stipends.recordPayment(ANA, worker.id(), month, null, this.time.today(), PaymentMethod.CASH, key());

		OrgUnit site = new OrgUnit(OrgUnit.Level.SITE, this.site, this.site);
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Map<String, BigDecimal> own = values(
					this.figures.figures(site, ReportPeriod.month(month), Audience.INTERNAL), site);
			assertThat(own).containsEntry("REFERRALS", BigDecimal.valueOf(2))
				.containsEntry("REFERRALS_HOUSING", BigDecimal.ONE)
				.containsEntry("REFERRALS_WENT", BigDecimal.ONE)
				.containsEntry("REFERRALS_OUTCOME_UNKNOWN", BigDecimal.ONE)
				.containsEntry("COORDINATOR_VISITS", BigDecimal.ONE)
				.containsEntry("STIPENDS_PAID", BigDecimal.ONE);
		});
		List<Map<String, Object>> kept = cells();
		this.rollups.rebuild();
		assertThat(cells()).isEqualTo(kept);
	}

	/**
	 * A drug checking result reaches its zone's month when it is released, notable or
	 * not, and mapping a name the vocabulary did not know changes what past results count
	 * as: the share of expected opioids with fentanyl follows within seconds.
	 */
	@Test
	void aReleasedResultAndAChangeOfTheVocabularyReachTheZoneMonth() {
		String unknown = "Test powder " + UUID.randomUUID().toString().substring(0, 8);
		String code = this.samples.record(CHECKER, new NewSample("site:" + this.site, CollectionMode.WALK_IN, "Heroin",
				SampleForm.POWDER, "brown", "fine", null), key());
		this.samples.recordComponent(CHECKER, code, unknown, MatchQuality.MATCH, null, key());
		this.samples.release(CHECKER, code);

		OrgUnit zone = new OrgUnit(OrgUnit.Level.ZONE, this.zone, "");
		ReportPeriod month = ReportPeriod.month(YearMonth.from(this.samples.require(code).collectedOn()));
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Map<String, BigDecimal> figures = values(this.figures.figures(zone, month, Audience.INTERNAL), zone);
			assertThat(figures).containsEntry("SAMPLES_CHECKED", BigDecimal.ONE);
			assertThat(figures.get("FENTANYL_IN_EXPECTED_OPIOID")).isEqualByComparingTo("0");
		});

		int fentanyl = this.vocabulary.substances()
			.stream()
			.filter((substance) -> substance.nameEn().equals("Fentanyl"))
			.findFirst()
			.orElseThrow()
			.id();
		this.vocabulary.map(ADMIN, unknown, fentanyl);

		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(values(this.figures.figures(zone, month, Audience.INTERNAL), zone)
				.get("FENTANYL_IN_EXPECTED_OPIOID")).isEqualByComparingTo("100"));
		List<Map<String, Object>> kept = cells();
		this.rollups.rebuild();
		assertThat(cells()).isEqualTo(kept);
	}

	/**
	 * A marked cell the job cannot compute (here, of a source this version no longer has)
	 * waits behind the others and holds no other figure back.
	 */
	@Test
	void aCellThatCannotBeComputedHoldsNoOtherFigureBack() {
		YearMonth month = this.time.thisMonth();
		this.jdbc.sql("""
				INSERT INTO report_cells_to_recompute (source, place, month, marked_at)
				VALUES ('NO_LONGER_A_SOURCE', :place, :month, now() - interval '1 hour')""")
			.param("place", this.site)
			.param("month", java.sql.Date.valueOf(month.atDay(1)))
			.update();
		try {
			this.ledger.distribute(this.peer,
					new NewDistribution(this.site, this.time.now().minusSeconds(60), Map.of("NDL-1", 20), 0, null),
					key());

			OrgUnit site = new OrgUnit(OrgUnit.Level.SITE, this.site, this.site);
			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(
						values(this.figures.figures(site, ReportPeriod.month(month), Audience.INTERNAL), site))
					.containsEntry("NEEDLES_DISTRIBUTED", BigDecimal.valueOf(20)));
			assertThat(
					this.jdbc.sql("SELECT count(*) FROM report_cells_to_recompute WHERE source = 'NO_LONGER_A_SOURCE'")
						.query(Long.class)
						.single())
				.as("still marked, to be tried again")
				.isEqualTo(1);
		}
		finally {
			this.jdbc.sql("DELETE FROM report_cells_to_recompute WHERE source = 'NO_LONGER_A_SOURCE'").update();
		}
	}

	/**
	 * The median time from a notable result to its alert: an alert drafted from two
	 * results counts from the first of them, an update does not count, and the program's
	 * figure is the median of every such alert of the month, as counted from the alerts
	 * and results themselves; a rebuild makes the same rows.
	 */
	@Test
	void theMedianTimeFromANotableResultToItsAlertCountsFromTheFirstResult() {
		String first = notableSample();
		String second = notableSample();
		UUID suggested = Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT id FROM alerts WHERE :a = ANY (sources) AND :b = ANY (sources)")
				.param("a", "sample:" + first)
				.param("b", "sample:" + second)
				.query(UUID.class)
				.optional(), Optional::isPresent)
			.get();
		resultCameIn(first, Duration.ofMinutes(125));
		resultCameIn(second, Duration.ofMinutes(30));
		Alert draft = this.desk.require(suggested);
		this.desk.edit(ANA, suggested, new AlertDraft(Severity.WARNING, draft.zones(), draft.substances(),
				draft.classes(), null, draft.text(), null, null, draft.sources()));
		this.desk.approve(BEN, suggested);
		this.desk.issue(BEN, suggested);
		UUID update = this.desk.startUpdate(ANA, suggested);
		this.desk.approve(BEN, update);
		this.desk.issue(BEN, update);

		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT minutes FROM report_alert_delays WHERE alert_id = :id")
				.param("id", suggested)
				.query(Integer.class)
				.optional(), (minutes) -> minutes.isPresent());
		assertThat(this.jdbc.sql("SELECT minutes FROM report_alert_delays WHERE alert_id = :id")
			.param("id", suggested)
			.query(Integer.class)
			.single()).as("from the first result, 125 minutes before the alert").isBetween(125, 126);
		assertThat(this.jdbc.sql("SELECT count(*) FROM report_alert_delays WHERE alert_id = :id")
			.param("id", update)
			.query(Long.class)
			.single()).as("an update is not a new alert").isZero();

		// The same median counted straight from the alerts of the month and their
		// results.
		YearMonth month = this.time.thisMonth();
		List<Long> delays = new ArrayList<>();
		this.jdbc.sql("""
				SELECT a.issued_at, a.sources FROM alerts a
				WHERE a.kind = 'ALERT' AND a.issued_at >= :from AND a.issued_at < :to""")
			.param("from", java.sql.Timestamp.from(this.time.startOf(month)))
			.param("to", java.sql.Timestamp.from(this.time.startOf(month.plusMonths(1))))
			.query((rs, row) -> {
				Instant issued = rs.getTimestamp(1).toInstant();
				Instant earliest = null;
				for (String source : (String[]) rs.getArray(2).getArray()) {
					if (source.startsWith("sample:")) {
						Instant ready = this.jdbc.sql("SELECT result_ready_at FROM samples WHERE code = :code")
							.param("code", source.substring("sample:".length()))
							.query(java.sql.Timestamp.class)
							.optional()
							.map(java.sql.Timestamp::toInstant)
							.filter((at) -> !at.isAfter(issued))
							.orElse(null);
						earliest = (ready != null && (earliest == null || ready.isBefore(earliest))) ? ready : earliest;
					}
				}
				if (earliest != null) {
					delays.add(Duration.between(earliest, issued).toSeconds());
				}
				return null;
			})
			.list();
		delays.sort(null);
		double median = (delays.size() % 2 == 1) ? delays.get(delays.size() / 2)
				: (delays.get(delays.size() / 2 - 1) + delays.get(delays.size() / 2)) / 2.0;
		OrgUnit program = OrgUnit.PROGRAM;
		BigDecimal figure = values(this.figures.figures(program, ReportPeriod.month(month), Audience.INTERNAL), program)
			.get("NOTABLE_RESULT_TO_ALERT");
		assertThat(figure.doubleValue()).isCloseTo(median / 60, org.assertj.core.data.Offset.offset(1.0));

		List<Map<String, Object>> kept = this.jdbc.sql("SELECT * FROM report_alert_delays ORDER BY alert_id")
			.query()
			.listOfRows();
		this.rollups.rebuild();
		assertThat(this.jdbc.sql("SELECT * FROM report_alert_delays ORDER BY alert_id").query().listOfRows())
			.isEqualTo(kept);
	}

	/**
	 * A sample from the test's site in which fentanyl was found where cocaine was
	 * expected.
	 */
	private String notableSample() {
		String code = this.samples.record(CHECKER, new NewSample("site:" + this.site, CollectionMode.WALK_IN, "Cocaine",
				SampleForm.POWDER, "white", "fine", null), key());
		this.samples.recordComponent(CHECKER, code, "Fentanyl HCl", MatchQuality.MATCH, new BigDecimal("3"), key());
		this.samples.release(CHECKER, code);
		return code;
	}

	/** Dates a sample's result as having come in some time ago. */
	private void resultCameIn(String sample, Duration ago) {
		this.jdbc.sql("UPDATE samples SET result_ready_at = :at WHERE code = :code")
			.param("at", java.sql.Timestamp.from(this.time.now().minus(ago)))
			.param("code", sample)
			.update();
	}

	private List<String> attack(Map<String, String> published) {
		List<String> ids = new ArrayList<>(published.keySet());
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			index.put(ids.get(i), i);
		}
		int n = ids.size();
		long[] value = new long[n];
		Mark[] marks = new Mark[n];
		boolean[] isPublished = new boolean[n];
		for (int i = 0; i < n; i++) {
			String text = published.get(ids.get(i));
			isPublished[i] = true;
			marks[i] = text.equals("<5") ? Mark.SMALL : text.equals("hidden") ? Mark.HIDDEN : Mark.SHOWN;
			value[i] = (marks[i] == Mark.SHOWN && !text.isEmpty()) ? Long.parseLong(text) : 0;
		}
		Map<String, List<Integer>> sums = new LinkedHashMap<>();
		List<int[]> atMost = new ArrayList<>();
		for (String id : ids) {
			String[] parts = id.split("\\|");
			if (!parts[1].equals("PROGRAM")) {
				sums.computeIfAbsent(parts[0] + "|" + parts[2],
						(key) -> new ArrayList<>(List.of(index.get(parts[0] + "|PROGRAM|" + parts[2]))))
					.add(index.get(id));
			}
			if (parts[2].equals("NALOXONE_ADMINISTRATIONS") || parts[2].equals("PEOPLE_SURVIVED")) {
				atMost.add(new int[] { index.get(id), index.get(parts[0] + "|" + parts[1] + "|OVERDOSE_RESPONSES") });
			}
		}
		List<int[]> equations = sums.values()
			.stream()
			.map((cells) -> cells.stream().mapToInt(Integer::intValue).toArray())
			.toList();
		List<String> found = new ArrayList<>(
				Audit.pinned(value, marks, isPublished, equations, atMost).stream().map(ids::get).toList());
		for (int[] sum : equations) {
			List<Integer> withheld = new ArrayList<>();
			for (int cell : sum) {
				if (marks[cell] != Mark.SHOWN) {
					withheld.add(cell);
				}
			}
			if (withheld.size() == 1) {
				found.add("alone in a sum: " + ids.get(withheld.get(0)));
			}
		}
		return found;
	}

	private List<Map<String, Object>> cells() {
		return this.jdbc.sql("""
				SELECT level, place, month, indicator, numerator, denominator FROM report_cells
				WHERE place IN (:site, :zone) ORDER BY level, place, month, indicator""")
			.param("site", this.site)
			.param("zone", this.zone)
			.query()
			.listOfRows();
	}

	private static Map<String, BigDecimal> values(List<Figure> figures, OrgUnit place) {
		Map<String, BigDecimal> values = new HashMap<>();
		for (Figure figure : figures) {
			if (figure.place().equals(place) && figure.value() != null) {
				values.put(figure.indicator().code(), figure.value());
			}
		}
		return values;
	}

	private UUID overdose(Instant when, boolean called, ResponseOutcome outcome) {
		return overdose(when, 1, NaloxoneForm.NASAL, called ? null : NoCallReason.PERSON_RECOVERED, true, outcome);
	}

	/** A response where 911 was called unless a reason it was not is given. */
	private UUID overdose(Instant when, int doses, NaloxoneForm form, NoCallReason notCalled, boolean stayed,
			ResponseOutcome outcome) {
		return this.responses
			.record(this.peer,
					new NewOverdoseResponse(this.site, when, null, List.of("fentanyl"), doses, form, notCalled == null,
							notCalled, stayed, outcome, Responder.PEER_WORKER),
					key())
			.id();
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

}

package org.satellite.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.satellite.platform.Refusal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program's zones and sites.
 */
@Repository
public class Sites {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,20}");

	private final JdbcClient jdbc;

	Sites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Zone> zones() {
		return this.jdbc.sql("SELECT code, name_en, name_fr FROM zones ORDER BY code").query(Zone.class).list();
	}

	public Optional<Zone> zone(String code) {
		return this.jdbc.sql("SELECT code, name_en, name_fr FROM zones WHERE code = :code")
			.param("code", code)
			.query(Zone.class)
			.optional();
	}

	public List<Site> all() {
		return this.jdbc.sql("SELECT code, zone_code, kind, opened_on, closed_on FROM sites ORDER BY code")
			.query(Site.class)
			.list();
	}

	public Optional<Site> find(String code) {
		return this.jdbc.sql("SELECT code, zone_code, kind, opened_on, closed_on FROM sites WHERE code = :code")
			.param("code", code)
			.query(Site.class)
			.optional();
	}

	public Site require(String code) {
		return find(code).orElseThrow(() -> new Refusal("network.error.unknownSite", code));
	}

	@Transactional
	public Zone addZone(String code, String nameEn, String nameFr) {
		requireCode(code);
		if (zone(code).isPresent()) {
			throw new Refusal("network.error.zoneExists", code);
		}
		this.jdbc.sql("INSERT INTO zones (code, name_en, name_fr) VALUES (:code, :en, :fr)")
			.param("code", code)
			.param("en", nameEn.strip())
			.param("fr", nameFr.strip())
			.update();
		return new Zone(code, nameEn.strip(), nameFr.strip());
	}

	@Transactional
	public Site open(String code, String zoneCode, SiteKind kind, LocalDate openedOn) {
		requireCode(code);
		if (zone(zoneCode).isEmpty()) {
			throw new Refusal("network.error.unknownZone", zoneCode);
		}
		if (find(code).isPresent()) {
			throw new Refusal("network.error.siteExists", code);
		}
		this.jdbc.sql("INSERT INTO sites (code, zone_code, kind, opened_on) VALUES (:code, :zone, :kind, :opened)")
			.param("code", code)
			.param("zone", zoneCode)
			.param("kind", kind.name())
			.param("opened", openedOn)
			.update();
		return new Site(code, zoneCode, kind, openedOn, null);
	}

	@Transactional
	public void close(String code, LocalDate closedOn) {
		Site site = require(code);
		if (closedOn.isBefore(site.openedOn())) {
			throw new Refusal("network.error.closedBeforeOpened", code);
		}
		this.jdbc.sql("UPDATE sites SET closed_on = :closed WHERE code = :code")
			.param("closed", closedOn)
			.param("code", code)
			.update();
	}

	private static void requireCode(String code) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new Refusal("network.error.badCode", String.valueOf(code));
		}
	}

}

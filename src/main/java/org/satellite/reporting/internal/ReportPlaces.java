package org.satellite.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.satellite.network.Site;
import org.satellite.network.Sites;
import org.satellite.network.Zone;

import org.springframework.stereotype.Component;

/**
 * The program's zones and sites as places figures are kept for.
 */
@Component
public class ReportPlaces {

	private final Sites sites;

	ReportPlaces(Sites sites) {
		this.sites = sites;
	}

	/** The program, its zones and its sites, in that order. */
	public List<OrgUnit> all() {
		List<OrgUnit> places = new ArrayList<>();
		places.add(OrgUnit.PROGRAM);
		places.addAll(zones());
		for (Site site : this.sites.all()) {
			places.add(site(site));
		}
		return places;
	}

	public List<OrgUnit> zones() {
		return this.sites.zones().stream().map(ReportPlaces::zone).toList();
	}

	/** The place with this level and code, if the program has it. */
	public Optional<OrgUnit> find(OrgUnit.Level level, String code) {
		return switch (level) {
			case PROGRAM -> Optional.of(OrgUnit.PROGRAM);
			case ZONE -> this.sites.zone(code).map(ReportPlaces::zone);
			case SITE -> this.sites.find(code).map(ReportPlaces::site);
		};
	}

	/**
	 * The place and the places inside it: a zone's sites, the program's zones and sites.
	 */
	public List<OrgUnit> within(OrgUnit place) {
		return switch (place.level()) {
			case PROGRAM -> all();
			case ZONE -> {
				List<OrgUnit> places = new ArrayList<>(List.of(place));
				this.sites.all()
					.stream()
					.filter((site) -> site.zoneCode().equals(place.code()))
					.map(ReportPlaces::site)
					.forEach(places::add);
				yield places;
			}
			case SITE -> List.of(place);
		};
	}

	/** The zone of a site's code, or null. */
	public String zoneOf(String siteCode) {
		return this.sites.find(siteCode).map(Site::zoneCode).orElse(null);
	}

	private static OrgUnit zone(Zone zone) {
		return new OrgUnit(OrgUnit.Level.ZONE, zone.code(), zone.nameEn());
	}

	private static OrgUnit site(Site site) {
		return new OrgUnit(OrgUnit.Level.SITE, site.code(), site.code());
	}

}

package org.satellite.alerts.web;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.satellite.alerts.internal.Alert;
import org.satellite.alerts.internal.AlertDesk;
import org.satellite.alerts.internal.cap.CapDocuments;
import org.satellite.network.Sites;
import org.satellite.platform.Languages;
import org.satellite.platform.ProgramTime;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public feeds of published alerts: Atom, JSON and one CAP 1.2 document per alert.
 * Open to everyone, logging nothing about who reads them.
 */
@Controller
class AlertFeedsController {

	private final AlertDesk desk;

	private final Sites sites;

	private final ProgramTime time;

	AlertFeedsController(AlertDesk desk, Sites sites, ProgramTime time) {
		this.desk = desk;
		this.sites = sites;
		this.time = time;
	}

	@GetMapping(path = "/alerts.atom", produces = "application/atom+xml;charset=UTF-8")
	@ResponseBody
	String atom() throws FeedException {
		String base = base();
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle("Satellite: drug market alerts / alertes sur les drogues en circulation");
		feed.setLink(base + "/alerts");
		feed.setUri(base + "/alerts.atom");
		feed.setDescription("Drug market alerts in English and French / Alertes en anglais et en français");
		List<Alert> alerts = this.desk.published();
		feed.setPublishedDate(Date.from(alerts.isEmpty() ? this.time.now() : alerts.get(0).issuedAt()));
		List<SyndEntry> entries = new ArrayList<>();
		for (Alert alert : alerts) {
			SyndEntry entry = new SyndEntryImpl();
			entry.setUri("urn:uuid:" + alert.id());
			entry.setTitle(alert.text().headlineEn() + " / " + alert.text().headlineFr());
			entry.setLink(base + "/alerts/" + alert.id());
			entry.setPublishedDate(Date.from(alert.issuedAt()));
			entry.setUpdatedDate(Date.from(alert.issuedAt()));
			SyndContent content = new SyndContentImpl();
			content.setType("text");
			content.setValue(alert.text().bodyEn() + "\n" + alert.text().instructionEn() + "\n\n"
					+ alert.text().bodyFr() + "\n" + alert.text().instructionFr() + "\n\n" + status(alert));
			entry.setContents(List.of(content));
			entries.add(entry);
		}
		feed.setEntries(entries);
		return new SyndFeedOutput().outputString(feed);
	}

	@GetMapping(path = "/alerts.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<Map<String, Object>> json() {
		String base = base();
		List<Map<String, Object>> out = new ArrayList<>();
		for (Alert alert : this.desk.published()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", alert.id());
			entry.put("kind", alert.kind());
			entry.put("refersTo", alert.refersTo());
			entry.put("status", alert.statusAt(this.time.now()));
			entry.put("severity", alert.severity());
			entry.put("zones", alert.zones());
			entry.put("substances", alert.substances());
			entry.put("classes", alert.classes());
			entry.put("headline", Map.of("en", alert.text().headlineEn(), "fr", alert.text().headlineFr()));
			entry.put("body", Map.of("en", alert.text().bodyEn(), "fr", alert.text().bodyFr()));
			entry.put("instruction", Map.of("en", alert.text().instructionEn(), "fr", alert.text().instructionFr()));
			entry.put("effectiveFrom", alert.effectiveFrom());
			entry.put("expiresAt", alert.expiresAt());
			entry.put("issuedAt", alert.issuedAt());
			entry.put("links",
					Map.of("html", base + "/alerts/" + alert.id(), "cap", base + "/alerts/" + alert.id() + ".cap.xml"));
			out.add(entry);
		}
		return out;
	}

	@GetMapping(path = "/alerts/{id}.cap.xml")
	ResponseEntity<String> cap(@PathVariable UUID id) {
		Alert alert = this.desk.requirePublished(id);
		Alert referenced = (alert.refersTo() != null) ? this.desk.find(alert.refersTo()).orElse(null) : null;
		String document = new CapDocuments("satellite", this.time.zone(), base()).write(alert, referenced,
				(code) -> this.sites.zone(code).orElse(null));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
			.body(document);
	}

	private String status(Alert alert) {
		return "Expires / Expire : "
				+ alert.expiresAt().atZone(this.time.zone()).toLocalDateTime().toString().replace('T', ' ') + " — "
				+ alert.statusAt(this.time.now()).name();
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	static String languageTag(Locale locale) {
		return Languages.closestTo(locale).getLanguage();
	}

}

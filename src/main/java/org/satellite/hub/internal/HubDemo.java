package org.satellite.hub.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.DemoContext;
import org.satellite.platform.DemoSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, seeds the knowledge hub with a real example: event 9 of the series, "Harm
 * Reduction &amp; Drug Selling", postponed, and the twelve resources published with it.
 * Titles, dates and publishers are as published; the descriptions are ours. No link is
 * given: the addresses are not known here, and a guessed one would send readers somewhere
 * nobody checked.
 */
@Component
class HubDemo implements DemoSeed {

	private static final Logger log = LoggerFactory.getLogger(HubDemo.class);

	static final int EVENT = 9;

	private static final StaffMember SEEDER = new StaffMember("demo-seed", Role.EDITOR, Optional.empty());

	private final Events events;

	private final Resources resources;

	private final Curation curation;

	private final TransactionTemplate transaction;

	private final Tags tags;

	/**
	 * The French label of each demo tag, in the words of the harm reduction field in
	 * Quebec.
	 */
	static final Map<String, String> FRENCH_TAGS = Map.of("drug selling", "vente de drogues", "drug checking",
			"analyse des drogues", "harm reduction", "réduction des méfaits", "dark web", "web clandestin", "overdose",
			"surdose", "care", "soins", "policy", "politiques publiques", "recommendations", "recommandations",
			"drug prices", "prix des drogues");

	HubDemo(Events events, Resources resources, Curation curation, TransactionTemplate transaction, Tags tags) {
		this.events = events;
		this.resources = resources;
		this.curation = curation;
		this.transaction = transaction;
		this.tags = tags;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public void seed(DemoContext context) {
		if (this.events.find(EVENT).isEmpty()) {
			this.transaction.executeWithoutResult((status) -> seed());
			log.info("Demo mode: seeded the knowledge hub with event {} and its resources", EVENT);
		}
		// Also for a library seeded before tags had French labels.
		for (Tag tag : this.tags.all()) {
			String french = FRENCH_TAGS.get(tag.key());
			if (french != null && !tag.hasFrench()) {
				this.tags.label(SEEDER, tag.key(), tag.labelEn(), french);
			}
		}
	}

	private void seed() {
		this.events.create(SEEDER, EVENT, new EventDetails("Harm Reduction & Drug Selling",
				"Réduction des méfaits et vente de drogues",
				"How people who sell drugs keep the people they sell to safer: checking drugs, sharing what they know, "
						+ "looking out for each other. Planned with people who use and sell drugs.",
				"Comment les personnes qui vendent des drogues protègent celles à qui elles vendent : analyser les "
						+ "drogues, partager ce qu’elles savent, veiller les unes sur les autres. Préparé avec des personnes "
						+ "qui consomment et qui vendent des drogues.",
				null, "America/Toronto", 90, EventStatus.POSTPONED, true, "", "", "", null, null));
		for (int i = 0; i < RESOURCES.size(); i++) {
			Resource added = this.resources.add(SEEDER, RESOURCES.get(i), "demo-hub-event-9-resource-" + (i + 1));
			this.curation.attach(SEEDER, EVENT, added.id());
		}
	}

	private static ResourceDetails resource(ResourceKind kind, String title, String authors, LocalDate published,
			DatePrecision precision, String english, String french, String... tags) {
		return new ResourceDetails(kind, title, authors, published, precision, "en", null, english, french,
				List.of(tags));
	}

	private static final List<ResourceDetails> RESOURCES = List.of(resource(ResourceKind.JOURNAL_ARTICLE,
			"\"I couldn't live with killing one of my friends or anybody\": A rapid ethnographic study of drug sellers' use of drug checking",
			"", LocalDate.of(2021, 1, 1), DatePrecision.MONTH,
			"A rapid ethnographic study of how people who sell drugs use drug checking, and why.",
			"Une étude ethnographique rapide sur la façon dont les personnes qui vendent des drogues se servent de l’analyse de drogues, et pourquoi.",
			"drug checking", "drug selling"),
			resource(ResourceKind.JOURNAL_ARTICLE,
					"Practices of care among people who buy, use, and sell drugs in community settings", "",
					LocalDate.of(2020, 5, 7), DatePrecision.DAY,
					"How people who buy, use and sell drugs take care of one another in their communities.",
					"Comment les personnes qui achètent, consomment et vendent des drogues prennent soin les unes des autres dans leur milieu.",
					"care", "drug selling"),
			resource(ResourceKind.JOURNAL_ARTICLE,
					"Trusting the source: The potential role of drug dealers in reducing drug-related harms via drug checking",
					"", LocalDate.of(2019, 5, 1), DatePrecision.DAY,
					"What people who sell drugs could do to reduce harms by having their drugs checked.",
					"Ce que les personnes qui vendent des drogues pourraient faire pour réduire les méfaits en faisant analyser leurs drogues.",
					"drug checking", "drug selling"),
			resource(ResourceKind.NEWS, "Some Dealers Are Checking Their Drugs to Keep Clients Alive", "",
					LocalDate.of(2020, 11, 12), DatePrecision.DAY,
					"A news story on people who sell drugs and test them to keep the people they sell to alive.",
					"Un reportage sur des personnes qui vendent des drogues et les font analyser pour garder en vie les personnes à qui elles vendent.",
					"drug checking", "drug selling", "overdose"),
			resource(ResourceKind.NEWS, "Why Drug Dealers Are an Under-Utilized Anti-Overdose Resource", "",
					LocalDate.of(2019, 5, 28), DatePrecision.DAY,
					"Why people who sell drugs could do much more to prevent overdoses, if they were asked.",
					"Pourquoi les personnes qui vendent des drogues pourraient faire beaucoup plus pour prévenir les surdoses, si on le leur demandait.",
					"overdose", "drug selling"),
			resource(ResourceKind.REPORT, "Rethinking the \"Drug Dealer\"", "Drug Policy Alliance",
					LocalDate.of(2019, 12, 1), DatePrecision.MONTH,
					"A report on how laws and services treat people who sell drugs, with its recommendations for change.",
					"Un rapport sur la façon dont les lois et les services traitent les personnes qui vendent des drogues, avec ses recommandations.",
					"policy", "recommendations", "drug selling"),
			resource(ResourceKind.VIDEO_SERIES, "Rethinking the Drug Dealer", "Drug Policy Alliance",
					LocalDate.of(2019, 3, 1), DatePrecision.MONTH,
					"A series of 9 videos on who sells drugs, why, and what punishment does to them and their communities.",
					"Une série de 9 vidéos sur qui vend des drogues, pourquoi, et ce que la répression leur fait, à elles et à leur milieu.",
					"policy", "drug selling"),
			resource(ResourceKind.NEWS, "Leaked FBI Report: Drug Sellers Practice Harm Reduction", "",
					LocalDate.of(2020, 12, 2), DatePrecision.DAY,
					"A news story on a leaked police report that found people who sell drugs practise harm reduction.",
					"Un reportage sur un rapport de police divulgué selon lequel les personnes qui vendent des drogues pratiquent la réduction des méfaits.",
					"drug selling"),
			resource(ResourceKind.NEWS, "\"Here to Make It Less Dangerous\"—The Work of a Dark-Web Drug Seller", "",
					LocalDate.of(2020, 11, 12), DatePrecision.DAY,
					"A portrait of a person who sells drugs online and works to make using them less dangerous.",
					"Le portrait d’une personne qui vend des drogues en ligne et s’efforce d’en rendre la consommation moins dangereuse.",
					"dark web", "drug selling"),
			resource(ResourceKind.ARTICLE, "It's time to admit it: Drug dealers should be considered essential workers",
					"", LocalDate.of(2020, 5, 18), DatePrecision.DAY,
					"An opinion piece from the first months of the pandemic: people who sell drugs kept a vital supply going.",
					"Un texte d’opinion des premiers mois de la pandémie : les personnes qui vendent des drogues ont maintenu un approvisionnement vital.",
					"drug selling", "covid-19"),
			resource(ResourceKind.JOURNAL_ARTICLE,
					"Illicit drug prices and quantity discounts: A comparison between a cryptomarket, social media, and police data",
					"", LocalDate.of(2020, 10, 9), DatePrecision.DAY,
					"Drug prices and discounts for larger amounts, compared across a cryptomarket, social media and police data.",
					"Les prix des drogues et les rabais sur les grandes quantités, comparés entre un cryptomarché, les médias sociaux et des données policières.",
					"drug prices", "dark web"),
			resource(ResourceKind.JOURNAL_ARTICLE,
					"The protective effect of trusted dealers against opioid overdose in the U.S.", "",
					LocalDate.of(2020, 4, 1), DatePrecision.MONTH,
					"Buying from a trusted person who sells drugs was linked to fewer opioid overdoses in the United States.",
					"Acheter auprès d’une personne de confiance qui vend des drogues était lié à moins de surdoses d’opioïdes aux États-Unis.",
					"overdose", "drug selling"));

}

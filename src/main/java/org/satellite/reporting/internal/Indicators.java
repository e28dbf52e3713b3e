package org.satellite.reporting.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.satellite.reporting.internal.OrgUnit.Level;

/**
 * The catalogue: every indicator, defined once, in the order reports list them. Which
 * place an indicator is kept down to ({@link Indicator#finest()}) follows what its module
 * records: supplies, referrals and the network by site; overdose responses and drug
 * checking by zone; alerts for the program only.
 */
public final class Indicators {

	private static final String SUPPLIES = "supplies";

	private static final String OVERDOSE = "overdose";

	private static final List<Indicator> ALL = List.of(
			count("NEEDLES_DISTRIBUTED", "Needles distributed", "Seringues distribuées",
					"Needles handed out, loose or in kits, less any distribution undone.",
					"Seringues remises, à l'unité ou en trousses, moins les distributions annulées.", SUPPLIES, true,
					Level.SITE),
			count("NEEDLES_RETURNED", "Needles returned", "Seringues rapportées",
					"Used needles brought back to the site, counted or weighed.",
					"Seringues usagées rapportées au site, comptées ou pesées.", SUPPLIES, true, Level.SITE),
			new Indicator("RETURN_RATIO", "Return ratio", "Taux de retour",
					"Needles returned per needle distributed over the same period (1.00 means as many back as out).",
					"Seringues rapportées par seringue distribuée sur la même période (1,00 : autant de retour que de sortie).",
					IndicatorUnit.RATIO, SUPPLIES, false, Level.SITE),
			count("INJECTION_KITS", "Injection kits", "Trousses d'injection", "Injection kits handed out.",
					"Trousses d'injection remises.", SUPPLIES, true, Level.SITE),
			count("INHALATION_KITS", "Inhalation kits", "Trousses d'inhalation", "Inhalation kits handed out.",
					"Trousses d'inhalation remises.", SUPPLIES, true, Level.SITE),
			count("SECONDARY_REACH", "People reached through secondary distribution",
					"Personnes jointes par distribution secondaire",
					"Other people the supplies were taken for, as the person who took them said (\"on behalf of N people\").",
					"Autres personnes pour qui le matériel a été pris, selon la personne qui l'a pris (« pour N personnes »).",
					SUPPLIES, true, Level.SITE),
			count("NALOXONE_KITS", "Naloxone kits distributed", "Trousses de naloxone distribuées",
					"Take-home naloxone kits handed out (not the naloxone given during an overdose response).",
					"Trousses de naloxone à emporter remises (sans la naloxone donnée lors d'une intervention).",
					SUPPLIES, true, Level.SITE),
			count("NALOXONE_FIRST_KITS", "Naloxone: first kits", "Naloxone : premières trousses",
					"Naloxone kits handed out to someone who had none.",
					"Trousses de naloxone remises à une personne qui n'en avait pas.", OVERDOSE, false, Level.SITE),
			count("NALOXONE_REPLACED_USED", "Naloxone: replacing a kit used",
					"Naloxone : remplace une trousse utilisée",
					"Kits handed out because the earlier kit was used on someone.",
					"Trousses remises parce que la précédente a servi.", OVERDOSE, false, Level.SITE),
			count("NALOXONE_REPLACED_LOST", "Naloxone: replacing a kit lost", "Naloxone : remplace une trousse perdue",
					"Kits handed out because the earlier kit was lost.",
					"Trousses remises parce que la précédente a été perdue.", OVERDOSE, false, Level.SITE),
			count("NALOXONE_REPLACED_STOLEN", "Naloxone: replacing a kit stolen",
					"Naloxone : remplace une trousse volée", "Kits handed out because the earlier kit was stolen.",
					"Trousses remises parce que la précédente a été volée.", OVERDOSE, false, Level.SITE),
			count("NALOXONE_REPLACED_CONFISCATED", "Naloxone: replacing a kit confiscated",
					"Naloxone : remplace une trousse confisquée",
					"Kits handed out because the earlier kit was taken by police or security.",
					"Trousses remises parce que la précédente a été confisquée (police, sécurité).", OVERDOSE, false,
					Level.SITE),
			count("NALOXONE_REPLACED_EXPIRED", "Naloxone: replacing a kit expired",
					"Naloxone : remplace une trousse périmée", "Kits handed out because the earlier kit expired.",
					"Trousses remises parce que la précédente était périmée.", OVERDOSE, false, Level.SITE),
			count("NALOXONE_REASON_NOT_RECORDED", "Naloxone: reason not recorded", "Naloxone : raison non notée",
					"Kits handed out from the general supplies screen, where no reason is asked.",
					"Trousses remises depuis l'écran général du matériel, où la raison n'est pas demandée.", OVERDOSE,
					false, Level.SITE),
			count("OVERDOSE_RESPONSES", "Overdose responses", "Interventions en cas de surdose",
					"Overdoses peer workers, clients or bystanders responded to and reported, less reports undone.",
					"Surdoses auxquelles des pairs, des clients ou des témoins ont répondu, moins les rapports annulés.",
					OVERDOSE, true, Level.ZONE),
			count("NALOXONE_ADMINISTRATIONS", "Naloxone administrations", "Administrations de naloxone",
					"Overdose responses in which naloxone was given.",
					"Interventions au cours desquelles de la naloxone a été donnée.", OVERDOSE, true, Level.ZONE),
			count("PEOPLE_SURVIVED", "People who survived", "Personnes qui ont survécu",
					"Overdose responses where the person recovered on site or was taken to hospital alive.",
					"Interventions où la personne s'est rétablie sur place ou a été emmenée vivante à l'hôpital.",
					OVERDOSE, true, Level.ZONE),
			new Indicator("CALLED_911_SHARE", "Share with 911 called", "Part avec appel au 911",
					"Overdose responses in which 911 was called, out of all responses.",
					"Interventions avec appel au 911, sur toutes les interventions.", IndicatorUnit.PERCENT, OVERDOSE,
					false, Level.ZONE),
			count("NALOXONE_DOSES", "Naloxone doses given", "Doses de naloxone données",
					"Doses of naloxone given during overdose responses, in all forms (not the kits handed out).",
					"Doses de naloxone données lors des interventions, toutes formes confondues (sans les trousses remises).",
					OVERDOSE, false, Level.ZONE),
			count("NALOXONE_DOSES_NASAL", "Naloxone doses given: nasal spray",
					"Doses de naloxone données : vaporisateur nasal",
					"Doses of naloxone given as a nasal spray during overdose responses.",
					"Doses de naloxone données par vaporisateur nasal lors des interventions.", OVERDOSE, false,
					Level.ZONE),
			count("NALOXONE_DOSES_INJECTABLE", "Naloxone doses given: injection",
					"Doses de naloxone données : injection",
					"Doses of naloxone given by injection during overdose responses.",
					"Doses de naloxone données par injection lors des interventions.", OVERDOSE, false, Level.ZONE),
			count("PEOPLE_DIED", "Deaths", "Décès", "Overdose responses where the person died, as the responder knows.",
					"Interventions où la personne est décédée, à la connaissance de la personne qui a répondu.",
					OVERDOSE, false, Level.ZONE),
			count("OVERDOSE_OUTCOME_UNKNOWN", "Outcome unknown", "Issue inconnue",
					"Overdose responses where the responder does not know how it ended for the person.",
					"Interventions dont la personne qui a répondu ne connaît pas l'issue.", OVERDOSE, false,
					Level.ZONE),
			count("CALLED_911", "911 called", "911 appelé", "Overdose responses in which 911 was called.",
					"Interventions avec appel au 911.", OVERDOSE, false, Level.ZONE),
			notCalled("PERSON_RECOVERED", "the person recovered", "la personne s'est rétablie"),
			notCalled("FEAR_OF_POLICE", "fear of police", "peur de la police"),
			notCalled("NO_PHONE", "no phone", "pas de téléphone"),
			notCalled("OTHER", "another reason", "une autre raison"),
			count("STAYED_WITH_PERSON", "Someone stayed with the person", "Quelqu'un est resté avec la personne",
					"Overdose responses where someone stayed with the person until they recovered or help came.",
					"Interventions où quelqu'un est resté avec la personne jusqu'à son rétablissement ou l'arrivée des secours.",
					OVERDOSE, false, Level.ZONE),
			count("CHECK_INS_REQUESTED", "Check-ins asked for", "Suivis demandés",
					"Overdose responses after which the responder asked the coordinator to check in with them.",
					"Interventions après lesquelles la personne qui a répondu a demandé un suivi à la coordination.",
					OVERDOSE, false, Level.ZONE),
			count("REFERRALS", "Referrals", "Orientations", "Referrals to services made by peer workers.",
					"Orientations vers des services faites par les pairs.", "referrals", true, Level.SITE),
			referral("PRIMARY_CARE", "primary care", "soins primaires"),
			referral("HIV_HCV_TESTING", "HIV and hepatitis C testing", "dépistage du VIH et de l'hépatite C"),
			referral("TREATMENT_OAT", "treatment and opioid agonist therapy", "traitement et TAO"),
			referral("HOUSING", "housing", "logement"), referral("MENTAL_HEALTH", "mental health", "santé mentale"),
			referral("LEGAL", "legal help", "aide juridique"), referral("INCOME", "income", "revenu"),
			referral("DRUG_CHECKING", "drug checking", "analyse de drogues"),
			count("REFERRALS_WENT", "Referrals: the person went", "Orientations : la personne y est allée",
					"Referrals whose outcome was recorded as the person went.",
					"Orientations dont le résultat noté est que la personne y est allée.", "referrals", false,
					Level.SITE),
			count("REFERRALS_DID_NOT_GO", "Referrals: the person did not go",
					"Orientations : la personne n'y est pas allée",
					"Referrals whose outcome was recorded as the person did not go.",
					"Orientations dont le résultat noté est que la personne n'y est pas allée.", "referrals", false,
					Level.SITE),
			count("REFERRALS_OUTCOME_UNKNOWN", "Referrals: outcome unknown", "Orientations : résultat inconnu",
					"Referrals with no outcome recorded, or recorded as unknown.",
					"Orientations sans résultat noté, ou noté comme inconnu.", "referrals", false, Level.SITE),
			count("COORDINATOR_VISITS", "Coordinator visits", "Visites de la coordination",
					"Visits a coordinator made to the site and recorded.",
					"Visites de la coordination au site, notées.", "network", false, Level.SITE),
			count("STIPENDS_PAID", "Stipends paid", "Allocations versées",
					"Monthly stipend payments made to the site's peer workers, counted in the month they are for.",
					"Allocations mensuelles versées aux pairs du site, comptées pour le mois qu'elles paient.",
					"network", false, Level.SITE),
			count("SAMPLES_CHECKED", "Drug checking samples", "Échantillons analysés",
					"Samples collected in the period that have a result.",
					"Échantillons reçus pendant la période qui ont un résultat.", "checking", false, Level.ZONE),
			new Indicator("FENTANYL_IN_EXPECTED_OPIOID", "Expected opioids with fentanyl",
					"Opioïdes attendus contenant du fentanyl",
					"Samples expected to be an opioid in which fentanyl or an analogue was found (strip or instrument), out of the samples expected to be an opioid.",
					"Échantillons censés être un opioïde où du fentanyl ou un analogue a été trouvé (bandelette ou instrument), sur les échantillons censés être un opioïde.",
					IndicatorUnit.PERCENT, "checking", false, Level.ZONE),
			new Indicator("BENZODIAZEPINE_SHARE", "Samples with benzodiazepines", "Échantillons avec benzodiazépines",
					"Samples in which a benzodiazepine was found (strip or instrument), out of all samples checked.",
					"Échantillons où une benzodiazépine a été trouvée (bandelette ou instrument), sur tous les échantillons analysés.",
					IndicatorUnit.PERCENT, "checking", false, Level.ZONE),
			count("NOTABLE_FINDINGS", "Notable findings", "Résultats notables",
					"Samples in which the instrument found a substance the vocabulary marks as notable (carfentanil, nitazenes, xylazine, medetomidine, ...).",
					"Échantillons où l'instrument a trouvé une substance que le vocabulaire marque comme notable (carfentanil, nitazènes, xylazine, médétomidine, ...).",
					"checking", false, Level.ZONE),
			alerts("ADVISORY", "advisory", "avis"), alerts("WARNING", "warning", "mise en garde"),
			alerts("URGENT", "urgent", "urgente"),
			count("SUBSCRIBERS_REACHED", "Subscribers reached", "Abonnés joints",
					"Messages queued to subscribers for the alerts issued in the period (one per alert and subscriber).",
					"Messages mis en file pour les abonnés, pour les alertes émises pendant la période (un par alerte et abonné).",
					"alerts", false, Level.PROGRAM),
			new Indicator(AlertDelays.INDICATOR, "Median time from a notable result to its alert",
					"Délai médian entre un résultat notable et son alerte",
					"For the alerts issued in the period that were drafted from drug checking results, the median time from the first of those results to the alert's issue. A median: the months of a quarter do not add up to it.",
					"Pour les alertes émises pendant la période à partir de résultats d'analyse, le délai médian entre le premier de ces résultats et l'émission de l'alerte. Une médiane : les mois d'un trimestre ne s'y additionnent pas.",
					IndicatorUnit.MINUTES, "alerts", false, Level.PROGRAM));

	private static final Map<String, Indicator> BY_CODE = new LinkedHashMap<>();

	static {
		ALL.forEach((indicator) -> BY_CODE.put(indicator.code(), indicator));
	}

	private Indicators() {
	}

	public static List<Indicator> all() {
		return ALL;
	}

	public static Optional<Indicator> find(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

	private static Indicator count(String code, String en, String fr, String definitionEn, String definitionFr,
			String module, boolean external, Level finest) {
		return new Indicator(code, en, fr, definitionEn, definitionFr, IndicatorUnit.COUNT, module, external, finest);
	}

	private static Indicator referral(String kind, String en, String fr) {
		return count("REFERRALS_" + kind, "Referrals: " + en, "Orientations : " + fr, "Referrals made for " + en + ".",
				"Orientations faites pour : " + fr + ".", "referrals", false, Level.SITE);
	}

	private static Indicator notCalled(String reason, String en, String fr) {
		return count("NOT_CALLED_" + reason, "911 not called: " + en, "911 non appelé : " + fr,
				"Overdose responses in which 911 was not called because of " + en + ", as the responder said.",
				"Interventions sans appel au 911, pour cette raison : " + fr + ", selon la personne qui a répondu.",
				OVERDOSE, false, Level.ZONE);
	}

	private static Indicator alerts(String severity, String en, String fr) {
		return count("ALERTS_" + severity, "Alerts issued: " + en, "Alertes émises : " + fr,
				"Drug market alerts of the " + en + " level issued (updates and cancellations not counted).",
				"Alertes sur les drogues de niveau « " + fr + " » émises (sans les mises à jour ni les annulations).",
				"alerts", false, Level.PROGRAM);
	}

}

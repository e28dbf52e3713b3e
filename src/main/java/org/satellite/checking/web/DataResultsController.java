package org.satellite.checking.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.satellite.checking.internal.OpenData;
import org.satellite.checking.internal.Publication;
import org.satellite.checking.internal.Publication.Count;
import org.satellite.checking.internal.Publication.Kind;
import org.satellite.checking.internal.Publication.Measure;
import org.satellite.checking.internal.Publication.Period;
import org.satellite.checking.internal.Publication.SubstanceFigures;
import org.satellite.checking.internal.Substance;
import org.satellite.checking.SubstanceClass;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The results table: what was found in each expected substance over a year or a quarter
 * ("expected fentanyl: 12% had a benzodiazepine"), searched by period, by class and by
 * name in English or French. Its rows are figures of the one protected
 * {@link Publication}, never single samples: a search cannot narrow anything that the
 * files do not already show.
 */
@Controller
class DataResultsController {

	private final OpenData data;

	DataResultsController(OpenData data) {
		this.data = data;
	}

	@GetMapping("/data/results")
	String results(@RequestParam(required = false) String period, @RequestParam(required = false) String expected,
			@RequestParam(name = "class", required = false) String expectedClass, Model model, Locale locale) {
		Publication publication = this.data.current();
		List<Period> periods = new ArrayList<>(publication.periods(Kind.QUARTER));
		periods.addAll(publication.periods(Kind.YEAR));
		Period chosen = periods.stream()
			.filter((p) -> p.label().equals(period))
			.findFirst()
			.orElse(periods.isEmpty() ? null : periods.get(0));
		SubstanceClass wantedClass = classOf(expectedClass);
		String wanted = (expected == null) ? "" : expected.strip().toLowerCase(Locale.ROOT);
		List<Row> rows = new ArrayList<>();
		if (chosen != null) {
			for (SubstanceFigures figures : publication.substances().get(chosen)) {
				Substance substance = figures.substance();
				boolean named = substance.nameEn().toLowerCase(Locale.ROOT).contains(wanted)
						|| substance.nameFr().toLowerCase(Locale.ROOT).contains(wanted);
				if (named && (wantedClass == null || substance.substanceClass() == wantedClass)) {
					Count samples = figures.count(Measure.SAMPLES);
					rows.add(new Row(substance.name(locale), substance.substanceClass(), samples,
							figures.count(Measure.FENTANYL), figures.count(Measure.FENTANYL).shareOf(samples),
							figures.count(Measure.BENZODIAZEPINE),
							figures.count(Measure.BENZODIAZEPINE).shareOf(samples), figures.count(Measure.NOTABLE),
							figures.count(Measure.NOTABLE).shareOf(samples)));
				}
			}
		}
		model.addAttribute("periods", periods);
		model.addAttribute("period", chosen);
		model.addAttribute("expected", expected);
		model.addAttribute("expectedClass", wantedClass);
		model.addAttribute("classes", SubstanceClass.values());
		model.addAttribute("rows", rows);
		return "checking/results-table";
	}

	private static SubstanceClass classOf(String name) {
		for (SubstanceClass c : SubstanceClass.values()) {
			if (c.name().equals(name)) {
				return c;
			}
		}
		return null;
	}

	/**
	 * One expected substance in the chosen period; a share is {@code null} when a count
	 * behind it is withheld.
	 */
	record Row(String substance, SubstanceClass substanceClass, Count samples, Count fentanyl, Integer fentanylShare,
			Count benzodiazepine, Integer benzodiazepineShare, Count notable, Integer notableShare) {
	}

}

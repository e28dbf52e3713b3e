package org.satellite.checking.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.satellite.checking.SubstanceClass;
import org.satellite.checking.internal.NameInUse;
import org.satellite.checking.internal.Substance;
import org.satellite.checking.internal.Verdict;
import org.satellite.checking.Vocabulary;
import org.satellite.identity.CurrentStaff;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.Refusals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's vocabulary page: the review queue of names nobody has mapped yet, mapping a
 * name to a substance or a verdict, adding a substance, marking one notable.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class VocabularyPageController {

	static final int QUEUE_PAGE = 25;

	private final Vocabulary vocabulary;

	private final Refusals refusals;

	VocabularyPageController(Vocabulary vocabulary, Refusals refusals) {
		this.vocabulary = vocabulary;
		this.refusals = refusals;
	}

	@GetMapping("/app/admin/checking/vocabulary")
	String page(@RequestParam(required = false) String q, Model model) {
		String wanted = (q == null) ? "" : q.strip().toLowerCase(Locale.ROOT);
		List<NameInUse> queue = this.vocabulary.reviewQueue()
			.stream()
			.filter((name) -> name.key().contains(wanted))
			.toList();
		model.addAttribute("q", q);
		// The most used names first, a page at a time: each row carries a list of every
		// substance.
		model.addAttribute("queue", queue.subList(0, Math.min(QUEUE_PAGE, queue.size())));
		model.addAttribute("waiting", queue.size());
		List<Substance> substances = this.vocabulary.substances();
		model.addAttribute("substances", substances);
		model.addAttribute("byClass",
				substances.stream()
					.collect(Collectors.groupingBy(Substance::substanceClass, () -> new EnumMap<>(SubstanceClass.class),
							Collectors.toList())));
		model.addAttribute("classes", SubstanceClass.values());
		model.addAttribute("verdicts", Verdict.values());
		return "checking/vocabulary";
	}

	@PostMapping("/app/admin/checking/vocabulary/map")
	String map(@RequestParam String name, @RequestParam(required = false) String target, RedirectAttributes redirect) {
		return act(redirect, () -> {
			if (target == null || target.isBlank()) {
				throw new Refusal("checking.error.chooseTarget");
			}
			if (target.startsWith("verdict:")) {
				this.vocabulary.markVerdict(CurrentStaff.require(), name, Verdict.valueOf(target.substring(8)));
			}
			else {
				this.vocabulary.map(CurrentStaff.require(), name,
						Integer.parseInt(target.substring("substance:".length())));
			}
		});
	}

	@PostMapping("/app/admin/checking/vocabulary/substances")
	String add(@RequestParam(required = false) String nameEn, @RequestParam(required = false) String nameFr,
			@RequestParam(required = false) SubstanceClass substanceClass, RedirectAttributes redirect) {
		return act(redirect,
				() -> this.vocabulary.addSubstance(CurrentStaff.require(), nameEn, nameFr, substanceClass));
	}

	@PostMapping("/app/admin/checking/vocabulary/notable")
	String notable(@RequestParam int substance, @RequestParam boolean notable, RedirectAttributes redirect) {
		return act(redirect, () -> this.vocabulary.markNotable(CurrentStaff.require(), substance, notable));
	}

	private String act(RedirectAttributes redirect, Runnable action) {
		String back = "redirect:/app/admin/checking/vocabulary";
		return this.refusals.orBack(redirect, () -> {
			action.run();
			redirect.addFlashAttribute("saved", true);
			return back;
		}, back);
	}

}

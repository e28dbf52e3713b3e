package org.satellite.checking.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.UUID;

import org.satellite.checking.internal.CollectionMode;
import org.satellite.checking.internal.MatchQuality;
import org.satellite.checking.internal.NewSample;
import org.satellite.checking.internal.SampleForm;
import org.satellite.checking.internal.SampleResult;
import org.satellite.checking.internal.Samples;
import org.satellite.checking.internal.Strip;
import org.satellite.checking.internal.StripResult;
import org.satellite.identity.CurrentStaff;
import org.satellite.network.Sites;
import org.satellite.platform.NotFound;
import org.satellite.platform.PublicLinks;
import org.satellite.platform.QrCode;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.Refusals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The checker's phone-sized pages: record a sample at intake, add its strips, FTIR
 * components and lab results, release the result, and print the slip the person takes
 * away.
 */
@Controller
@PreAuthorize("hasAnyRole('CHECKER', 'ADMIN')")
class CheckerPageController {

	private final Samples samples;

	private final Sites sites;

	private final Refusals refusals;

	private final PublicLinks links;

	CheckerPageController(Samples samples, Sites sites, Refusals refusals, PublicLinks links) {
		this.links = links;
		this.samples = samples;
		this.sites = sites;
		this.refusals = refusals;
	}

	@GetMapping("/app/checking")
	String intake(Model model) {
		model.addAttribute("sites", this.sites.all());
		model.addAttribute("zones", this.sites.zones());
		model.addAttribute("modes",
				Arrays.stream(CollectionMode.values()).filter((m) -> m != CollectionMode.UNKNOWN).toList());
		model.addAttribute("forms", SampleForm.values());
		model.addAttribute("latest", this.samples.latest(10));
		model.addAttribute("key", UUID.randomUUID().toString());
		return "checking/intake";
	}

	@PostMapping("/app/checking/samples")
	String record(@RequestParam(required = false) String place, @RequestParam(required = false) CollectionMode mode,
			@RequestParam(required = false) String expected, @RequestParam(required = false) SampleForm form,
			@RequestParam(required = false) String colour, @RequestParam(required = false) String texture,
			@RequestParam(required = false) String beforeCut, @RequestParam String key, Model model) {
		return this.refusals.orFormAgain(model, () -> {
			Boolean cut = (beforeCut == null || beforeCut.isBlank()) ? null : Boolean.valueOf(beforeCut);
			String code = this.samples.record(CurrentStaff.require(),
					new NewSample(place, mode, expected, form, colour, texture, cut), key);
			return "redirect:/app/checking/samples/" + code;
		}, () -> {
			intake(model);
			model.addAttribute("key", key);
			return "checking/intake";
		});
	}

	@GetMapping("/app/checking/samples/{code}")
	String sample(@PathVariable String code, Model model) {
		model.addAttribute("result", SampleResult
			.of(this.samples.find(code).orElseThrow(() -> new NotFound("checking.error.unknownSample"))));
		model.addAttribute("strips", Strip.values());
		model.addAttribute("stripResults", StripResult.values());
		model.addAttribute("qualities", MatchQuality.values());
		model.addAttribute("key", UUID.randomUUID().toString());
		return "checking/sample";
	}

	@PostMapping("/app/checking/samples/{code}/strips")
	String strip(@PathVariable String code, @RequestParam(required = false) Strip strip,
			@RequestParam(required = false) StripResult result, RedirectAttributes redirect) {
		return act(code, redirect, () -> this.samples.recordStrip(CurrentStaff.require(), code, strip, result));
	}

	@PostMapping("/app/checking/samples/{code}/components")
	String component(@PathVariable String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) MatchQuality quality, @RequestParam(required = false) String percent,
			@RequestParam String key, RedirectAttributes redirect) {
		return act(code, redirect,
				() -> this.samples.recordComponent(CurrentStaff.require(), code, name, quality, number(percent), key));
	}

	@PostMapping("/app/checking/samples/{code}/components/{position}/remove")
	String removeComponent(@PathVariable String code, @PathVariable int position, RedirectAttributes redirect) {
		return act(code, redirect, () -> this.samples.removeComponent(CurrentStaff.require(), code, position));
	}

	@PostMapping("/app/checking/samples/{code}/lab")
	String lab(@PathVariable String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) String percent, @RequestParam(required = false) String method,
			@RequestParam(required = false) String detectionLimit, RedirectAttributes redirect) {
		return act(code, redirect, () -> this.samples.recordLabResult(CurrentStaff.require(), code, name,
				number(percent), method, detectionLimit));
	}

	@PostMapping("/app/checking/samples/{code}/release")
	String release(@PathVariable String code, RedirectAttributes redirect) {
		return act(code, redirect, () -> this.samples.release(CurrentStaff.require(), code));
	}

	@GetMapping("/app/checking/samples/{code}/slip")
	String slip(@PathVariable String code, Model model) {
		model.addAttribute("sample",
				this.samples.find(code).orElseThrow(() -> new NotFound("checking.error.unknownSample")));
		model.addAttribute("resultsUrl", this.links.to("/results"));
		// The QR code opens the result itself: it holds nothing the printed code does
		// not.
		String result = this.links.to("/results/" + code);
		model.addAttribute("resultUrl", result);
		model.addAttribute("resultQr", QrCode.svg(result, null));
		return "checking/slip";
	}

	private String act(String code, RedirectAttributes redirect, Runnable action) {
		String back = "redirect:/app/checking/samples/" + code;
		return this.refusals.orBack(redirect, () -> {
			action.run();
			redirect.addFlashAttribute("saved", true);
			return back;
		}, back);
	}

	private static BigDecimal number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new Refusal("checking.error.percent");
		}
	}

}

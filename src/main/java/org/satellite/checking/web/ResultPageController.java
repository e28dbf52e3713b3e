package org.satellite.checking.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.satellite.checking.internal.Sample;
import org.satellite.checking.internal.SampleCode;
import org.satellite.checking.internal.SampleResult;
import org.satellite.checking.internal.Samples;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The public result page: no login, in the reader's language, looked up by sample code
 * only. A wrong code is said plainly (a typo when the check character does not match);
 * too many wrong codes close the page for a while to the client who typed them (only a
 * keyed hash of its address, held for the limit's window). Nothing else about the reader
 * is recorded: no IP address, no log line with the code.
 */
@Controller
class ResultPageController {

	private final Samples samples;

	private final ResultLookupLimit limit;

	ResultPageController(Samples samples, ResultLookupLimit limit) {
		this.samples = samples;
		this.limit = limit;
	}

	/**
	 * The look-up form; it sends the code with GET, so nobody needs a session or a cookie
	 * to read a result.
	 */
	@GetMapping("/results")
	String lookUp(@RequestParam(required = false) String code) {
		if (code == null) {
			return "checking/lookup";
		}
		String typed = code.strip().replaceAll("[^A-Za-z0-9 -]", "");
		return "redirect:/results/" + UriUtils.encodePathSegment(typed.isEmpty() ? "-" : typed, "UTF-8");
	}

	@GetMapping("/results/{code}")
	String result(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("typed", (code.length() > 20) ? code.substring(0, 20) : code);
		if (!this.limit.open(request)) {
			response.setStatus(429);
			response.setHeader("Retry-After", "60");
			model.addAttribute("problem", "tooMany");
			return "checking/lookup";
		}
		Optional<String> parsed = SampleCode.parse(code);
		if (parsed.isEmpty()) {
			this.limit.wrongCode(request);
			response.setStatus(404);
			model.addAttribute("problem", "typo");
			return "checking/lookup";
		}
		Optional<Sample> sample = this.samples.find(parsed.get());
		if (sample.isEmpty()) {
			this.limit.wrongCode(request);
			response.setStatus(404);
			model.addAttribute("problem", "unknown");
			return "checking/lookup";
		}
		model.addAttribute("sample", sample.get());
		model.addAttribute("result", SampleResult.of(sample.get()));
		return "checking/result";
	}

}

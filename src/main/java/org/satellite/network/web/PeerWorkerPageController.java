package org.satellite.network.web;

import org.satellite.network.PeerWorkers;
import org.satellite.network.Sites;
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
 * The coordinator's list of peer workers. A program phone number is shown only on
 * request, one at a time, and each showing is written to the audit trail.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class PeerWorkerPageController {

	private final PeerWorkers peerWorkers;

	private final Sites sites;

	private final Refusals refusals;

	PeerWorkerPageController(PeerWorkers peerWorkers, Sites sites, Refusals refusals) {
		this.peerWorkers = peerWorkers;
		this.sites = sites;
		this.refusals = refusals;
	}

	@GetMapping("/app/peer-workers")
	String list(Model model) {
		model.addAttribute("workers", this.peerWorkers.all());
		model.addAttribute("sites", this.sites.all());
		return "network/peer-workers";
	}

	@PostMapping("/app/peer-workers")
	String register(@RequestParam String handle, @RequestParam String site,
			@RequestParam(required = false) String phone, RedirectAttributes redirect) {
		String list = "redirect:/app/peer-workers";
		return this.refusals.orBack(redirect, () -> {
			this.peerWorkers.register(handle.strip(), site, phone);
			redirect.addFlashAttribute("saved", handle.strip());
			return list;
		}, list);
	}

	@PostMapping("/app/peer-workers/{id}/contact")
	String showContact(@PathVariable long id, Model model) {
		model.addAttribute("worker", this.peerWorkers.require(id));
		model.addAttribute("phone", this.peerWorkers.contactOf(id).orElse(null));
		return "network/peer-worker-contact";
	}

	@PostMapping("/app/peer-workers/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active) {
		this.peerWorkers.setActive(id, active);
		return "redirect:/app/peer-workers";
	}

}

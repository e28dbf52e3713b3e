package org.satellite.referrals.web;

import org.satellite.identity.CurrentStaff;
import org.satellite.platform.web.Refusals;
import org.satellite.referrals.internal.NewService;
import org.satellite.platform.Refusal;
import org.satellite.referrals.ReferralKind;
import org.satellite.referrals.internal.ServicesDirectory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's services directory: every entry, a form to add one, and one to
 * correct an entry.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class ServicesPageController {

	private final ServicesDirectory directory;

	private final Refusals refusals;

	ServicesPageController(ServicesDirectory directory, Refusals refusals) {
		this.directory = directory;
		this.refusals = refusals;
	}

	@GetMapping("/app/coordinator/services")
	String list(@RequestParam(required = false) Long edit, Model model) {
		model.addAttribute("services", this.directory.all());
		model.addAttribute("kinds", ReferralKind.values());
		model.addAttribute("editing", (edit != null) ? this.directory.find(edit).orElse(null) : null);
		return "referrals/services";
	}

	@PostMapping("/app/coordinator/services")
	String add(ServiceForm form, RedirectAttributes redirect) {
		String list = "redirect:/app/coordinator/services";
		return this.refusals.orBack(redirect, () -> {
			this.directory.add(CurrentStaff.require(), form.toService());
			redirect.addFlashAttribute("saved", form.nameEn());
			return list;
		}, list);
	}

	@PostMapping("/app/coordinator/services/{id}")
	String update(@PathVariable long id, ServiceForm form, RedirectAttributes redirect) {
		return this.refusals.orBack(redirect, () -> {
			this.directory.update(CurrentStaff.require(), id, form.toService());
			redirect.addFlashAttribute("saved", form.nameEn());
			return "redirect:/app/coordinator/services";
		}, "redirect:/app/coordinator/services?edit=" + id);
	}

	@PostMapping("/app/coordinator/services/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active) {
		this.directory.setActive(CurrentStaff.require(), id, active);
		return "redirect:/app/coordinator/services";
	}

	/**
	 * The entry form as typed.
	 */
	record ServiceForm(String kind, String nameEn, String nameFr, String hoursEn, String hoursFr, String directionsEn,
			String directionsFr, String phone, String languages) {

		NewService toService() {
			return new NewService(PeerReferralsController.kind(this.kind), this.nameEn, this.nameFr, this.hoursEn,
					this.hoursFr, this.directionsEn, this.directionsFr, this.phone, this.languages);
		}

	}

}

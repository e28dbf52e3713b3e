package org.satellite.identity.web;

import java.util.Locale;

import org.satellite.identity.internal.AuditTrail;
import org.satellite.identity.CurrentStaff;
import org.satellite.identity.Role;
import org.satellite.identity.internal.StaffAccounts;
import org.satellite.platform.web.Refusals;
import org.satellite.platform.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's accounts page: create, disable or enable, reset a password; and the audit
 * trail.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

	private final StaffAccounts accounts;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Refusals refusals;

	AccountAdminController(StaffAccounts accounts, AuditTrail audit, MessageSource messages, Refusals refusals) {
		this.accounts = accounts;
		this.audit = audit;
		this.messages = messages;
		this.refusals = refusals;
	}

	@GetMapping("/app/admin/accounts")
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.all(CurrentStaff.require()));
		model.addAttribute("roles", Role.values());
		return "identity/accounts";
	}

	@PostMapping("/app/admin/accounts")
	String create(@RequestParam String username, @RequestParam String password,
			@RequestParam(required = false) Role role, @RequestParam(required = false) String siteCode,
			RedirectAttributes redirect, Locale locale) {
		return act(() -> this.accounts.create(CurrentStaff.require(), username, password, role, siteCode),
				"admin.created", username, redirect, locale);
	}

	@PostMapping("/app/admin/accounts/{username}/enabled")
	String setEnabled(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect,
			Locale locale) {
		return act(() -> this.accounts.setEnabled(CurrentStaff.require(), username, enabled),
				enabled ? "admin.enabled" : "admin.disabled", username, redirect, locale);
	}

	@PostMapping("/app/admin/accounts/{username}/password")
	String resetPassword(@PathVariable String username, @RequestParam String password, RedirectAttributes redirect,
			Locale locale) {
		return act(() -> this.accounts.resetPassword(CurrentStaff.require(), username, password), "admin.reset",
				username, redirect, locale);
	}

	@GetMapping("/app/admin/audit")
	String audit(Model model) {
		model.addAttribute("events", this.audit.latest(200));
		return "identity/audit";
	}

	private String act(Runnable action, String done, String username, RedirectAttributes redirect, Locale locale) {
		String back = "redirect:/app/admin/accounts";
		return this.refusals.orBack(redirect, () -> {
			action.run();
			redirect.addFlashAttribute("done", this.messages.getMessage(done, new Object[] { username }, locale));
			return back;
		}, back);
	}

}

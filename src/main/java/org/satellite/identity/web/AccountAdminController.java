package org.satellite.identity.web;

import java.util.Locale;

import org.satellite.identity.CurrentStaff;
import org.satellite.identity.Role;
import org.satellite.identity.internal.StaffAccounts;
import org.satellite.platform.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's accounts page: create, disable or enable, reset a password, change a role
 * or a peer worker's site. The audit trail is {@link AuditPageController}.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

	private final StaffAccounts accounts;

	private final MessageSource messages;

	private final Refusals refusals;

	AccountAdminController(StaffAccounts accounts, MessageSource messages, Refusals refusals) {
		this.accounts = accounts;
		this.messages = messages;
		this.refusals = refusals;
	}

	@GetMapping("/app/admin/accounts")
	String list(Model model) {
		return page(model, NewAccount.EMPTY);
	}

	/**
	 * Creates an account. A refused form comes back with what was typed and the role
	 * chosen (never the password, which is typed again); it opens with no role chosen, so
	 * that nobody becomes an admin without someone choosing it.
	 */
	@PostMapping("/app/admin/accounts")
	String create(@ModelAttribute("newAccount") NewAccount form, @RequestParam(required = false) String password,
			Model model, RedirectAttributes redirect, Locale locale) {
		return this.refusals.orFormAgain(model, () -> {
			this.accounts.create(CurrentStaff.require(), form.username(), password, form.role(), form.siteCode());
			redirect.addFlashAttribute("done",
					this.messages.getMessage("admin.created", new Object[] { form.username() }, locale));
			return "redirect:/app/admin/accounts";
		}, () -> {
			model.addAttribute("createRefused", true);
			return page(model, form);
		});
	}

	@PostMapping("/app/admin/accounts/{username}/role")
	String change(@PathVariable String username, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String siteCode, RedirectAttributes redirect, Locale locale) {
		String back = "redirect:/app/admin/accounts";
		return this.refusals.orBack(redirect, () -> {
			boolean changed = this.accounts.change(CurrentStaff.require(), username, role, siteCode);
			redirect.addFlashAttribute("done", this.messages.getMessage(changed ? "admin.changed" : "admin.unchanged",
					new Object[] { username }, locale));
			return back;
		}, back);
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

	private String page(Model model, NewAccount form) {
		model.addAttribute("accounts", this.accounts.all(CurrentStaff.require()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("sites", this.accounts.siteCodes());
		model.addAttribute("newAccount", form);
		if (!model.containsAttribute("createRefused")) {
			model.addAttribute("createRefused", false);
		}
		return "identity/accounts";
	}

	private String act(Runnable action, String done, String username, RedirectAttributes redirect, Locale locale) {
		String back = "redirect:/app/admin/accounts";
		return this.refusals.orBack(redirect, () -> {
			action.run();
			redirect.addFlashAttribute("done", this.messages.getMessage(done, new Object[] { username }, locale));
			return back;
		}, back);
	}

	/**
	 * What was typed into the new account form, kept when it is refused.
	 */
	record NewAccount(String username, Role role, String siteCode) {

		static final NewAccount EMPTY = new NewAccount(null, null, null);

	}

}

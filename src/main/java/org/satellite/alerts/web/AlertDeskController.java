package org.satellite.alerts.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.satellite.alerts.internal.Alert;
import org.satellite.alerts.internal.AlertBoard;
import org.satellite.alerts.internal.AlertDesk;
import org.satellite.alerts.internal.Severity;
import org.satellite.alerts.internal.Subscriptions;
import org.satellite.alerts.internal.Suggestions;
import org.satellite.checking.SubstanceClass;
import org.satellite.identity.CurrentStaff;
import org.satellite.messaging.SmsLength;
import org.satellite.messaging.SmsOutbox;
import org.satellite.platform.Languages;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The coordinators' alert desk: the list (what is in effect and what waits for a person
 * first, then Satellite's suggestions grouped, which a coordinator may dismiss or merge),
 * drafting and editing with the SMS length in segments, approval, issue, update and
 * cancellation. Each alert's delivery page is {@link AlertDeliveriesController}.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
class AlertDeskController {

	private final AlertDesk desk;

	private final Subscriptions subscriptions;

	private final SmsOutbox outbox;

	private final ProgramTime time;

	private final MessageSource messages;

	private final Refusals refusals;

	private final AlertBoard board;

	private final Suggestions suggestions;

	AlertDeskController(AlertDesk desk, Subscriptions subscriptions, SmsOutbox outbox, ProgramTime time,
			MessageSource messages, Refusals refusals, AlertBoard board, Suggestions suggestions) {
		this.desk = desk;
		this.board = board;
		this.suggestions = suggestions;
		this.subscriptions = subscriptions;
		this.outbox = outbox;
		this.time = time;
		this.messages = messages;
		this.refusals = refusals;
	}

	@GetMapping("/app/alerts")
	String list(Model model) {
		model.addAttribute("board", this.board.of(CurrentStaff.require()));
		model.addAttribute("counts", this.subscriptions.counts());
		model.addAttribute("now", this.time.now());
		model.addAttribute("zone", this.time.zone());
		return "alerts/desk";
	}

	@PostMapping("/app/alerts/suggestions/{id}/dismiss")
	String dismiss(@PathVariable UUID id, RedirectAttributes redirect) {
		return this.refusals.orBack(redirect, () -> {
			this.suggestions.dismiss(CurrentStaff.require(), id);
			redirect.addFlashAttribute("done", "dismissed");
			return "redirect:/app/alerts#suggestions";
		}, "redirect:/app/alerts#suggestions");
	}

	@PostMapping("/app/alerts/suggestions/merge")
	String merge(@RequestParam(name = "ids", required = false) List<UUID> ids, RedirectAttributes redirect) {
		return this.refusals.orBack(redirect, () -> {
			UUID merged = this.suggestions.merge(CurrentStaff.require(), ids);
			redirect.addFlashAttribute("done", "merged");
			return "redirect:/app/alerts/" + merged;
		}, "redirect:/app/alerts#suggestions");
	}

	@GetMapping("/app/alerts/new")
	String newDraft(Model model) {
		return form(model, AlertForm.empty(), null);
	}

	@PostMapping("/app/alerts")
	String create(@ModelAttribute AlertForm form, Model model, RedirectAttributes redirect) {
		return this.refusals.orFormAgain(model, () -> {
			UUID id = this.desk.draft(CurrentStaff.require(), form.toDraft(this.time.zone()), form.key()).id();
			redirect.addFlashAttribute("saved", true);
			return "redirect:/app/alerts/" + id;
		}, () -> form(model, form, null));
	}

	@GetMapping("/app/alerts/{id}")
	String show(@PathVariable UUID id, Model model) {
		Alert alert = this.desk.require(id);
		CurrentStaff.require();
		return form(model, AlertForm.of(alert, this.time.zone()), alert);
	}

	@PostMapping("/app/alerts/{id}")
	String edit(@PathVariable UUID id, @ModelAttribute AlertForm form, Model model, RedirectAttributes redirect) {
		return this.refusals.orFormAgain(model, () -> {
			this.desk.edit(CurrentStaff.require(), id, form.toDraft(this.time.zone()));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/app/alerts/" + id;
		}, () -> form(model, form, this.desk.require(id)));
	}

	@PostMapping("/app/alerts/{id}/approve")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.desk.approve(CurrentStaff.require(), id), "approved");
	}

	@PostMapping("/app/alerts/{id}/issue")
	String issue(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.desk.issue(CurrentStaff.require(), id), "issued");
	}

	@PostMapping("/app/alerts/{id}/update")
	String update(@PathVariable UUID id, RedirectAttributes redirect) {
		return this.refusals.orBack(redirect,
				() -> "redirect:/app/alerts/" + this.desk.startUpdate(CurrentStaff.require(), id),
				"redirect:/app/alerts/" + id);
	}

	@PostMapping("/app/alerts/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) String reasonEn,
			@RequestParam(required = false) String reasonFr, RedirectAttributes redirect) {
		return this.refusals.orBack(redirect, () -> {
			UUID cancellation = this.desk.cancel(CurrentStaff.require(), id, reasonEn, reasonFr);
			return "redirect:/app/alerts/" + cancellation + "/deliveries";
		}, "redirect:/app/alerts/" + id);
	}

	private String form(Model model, AlertForm form, Alert alert) {
		model.addAttribute("form", form);
		model.addAttribute("alert", alert);
		model.addAttribute("zones", this.subscriptions.zones());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("classes", SubstanceClass.values());
		model.addAttribute("key", UUID.randomUUID().toString());
		model.addAttribute("smsEn", SmsLength.of(this.desk.smsAsSent(form.smsEn(), Languages.ENGLISH)));
		model.addAttribute("smsFr", SmsLength.of(this.desk.smsAsSent(form.smsFr(), Languages.FRENCH)));
		model.addAttribute("maxSegments", AlertDesk.MAX_SEGMENTS);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("footerEn", this.desk.smsAsSent("", Languages.ENGLISH).strip());
		model.addAttribute("footerFr", this.desk.smsAsSent("", Languages.FRENCH).strip());
		model.addAttribute("templateGsm", this.messages.getMessage("alerts.smsLength", new Object[] { "#chars",
				"#segments", AlertDesk.MAX_SEGMENTS, this.messages.getMessage("alerts.gsm", null, locale) }, locale));
		model
			.addAttribute("templateUnicode",
					this.messages.getMessage("alerts.smsLength", new Object[] { "#chars", "#segments",
							AlertDesk.MAX_SEGMENTS, this.messages.getMessage("alerts.unicode", null, locale) },
							locale));
		model.addAttribute("zone", this.time.zone());
		model.addAttribute("now", this.time.now());
		model.addAttribute("me", CurrentStaff.require().username());
		return "alerts/alert";
	}

	private String act(UUID id, RedirectAttributes redirect, Runnable action, String done) {
		String back = "redirect:/app/alerts/" + id;
		return this.refusals.orBack(redirect, () -> {
			action.run();
			redirect.addFlashAttribute("done", done);
			return back;
		}, back);
	}

}

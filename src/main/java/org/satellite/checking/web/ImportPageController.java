package org.satellite.checking.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.satellite.checking.ImportMapping;
import org.satellite.checking.ImportStatus;
import org.satellite.checking.Imports;
import org.satellite.identity.CurrentStaff;
import org.satellite.platform.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Imports of historical results: upload a CSV file, check the column mapping against a preview of its first rows,
 * follow its progress (the page refreshes itself while it runs, no JavaScript needed), read the rows it could not
 * read.
 */
@Controller
@PreAuthorize("hasAnyRole('CHECKER', 'ADMIN')")
class ImportPageController {

	private final Imports imports;

	private final MessageSource messages;

	ImportPageController(Imports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/app/checking/imports")
	String list(Model model) {
		model.addAttribute("imports", this.imports.latest());
		model.addAttribute("key", UUID.randomUUID().toString());
		return "checking/imports";
	}

	@PostMapping("/app/checking/imports")
	String upload(@RequestParam(required = false) MultipartFile file, @RequestParam String key, Model model,
			Locale locale) {
		try {
			if (file == null || file.isEmpty()) {
				throw new Refusal("checking.error.emptyFile");
			}
			UUID id = this.imports.upload(CurrentStaff.require(), file.getOriginalFilename(), file.getInputStream(), null, key);
			return "redirect:/app/checking/imports/" + id;
		}
		catch (Refusal refusal) {
			model.addAttribute("problem", this.messages.getMessage(refusal, locale));
			return list(model);
		}
		catch (IOException ex) {
			model.addAttribute("problem", this.messages.getMessage("checking.error.unreadableFile", null, locale));
			return list(model);
		}
	}

	@GetMapping("/app/checking/imports/{id}")
	String status(@PathVariable UUID id, Model model, jakarta.servlet.http.HttpServletResponse response) {
		ImportStatus status = this.imports.status(id);
		if (!status.finished() && !"PREVIEW".equals(status.status())) {
			// The page refreshes itself while the import runs; browsers honour this header without any script.
			response.setHeader("Refresh", "2");
		}
		model.addAttribute("status", status);
		if ("PREVIEW".equals(status.status())) {
			model.addAttribute("preview", this.imports.preview(id));
			model.addAttribute("fields", ImportMapping.FIELDS);
			return "checking/import-preview";
		}
		model.addAttribute("problems", status.finished() ? this.imports.problems(id) : java.util.List.of());
		return "checking/import-status";
	}

	@PostMapping("/app/checking/imports/{id}/start")
	String start(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect,
			Locale locale) {
		try {
			this.imports.start(CurrentStaff.require(), id, ImportMapping.fromMap(form));
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("problem", this.messages.getMessage(refusal, locale));
		}
		return "redirect:/app/checking/imports/" + id;
	}

}

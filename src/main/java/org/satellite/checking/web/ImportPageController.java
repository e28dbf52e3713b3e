package org.satellite.checking.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.satellite.checking.internal.ImportMapping;
import org.satellite.checking.internal.ImportMappings;
import org.satellite.checking.internal.ImportReports;
import org.satellite.checking.internal.ImportStatus;
import org.satellite.checking.internal.Imports;
import org.satellite.checking.internal.CsvFile;
import org.satellite.identity.CurrentStaff;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.Refusals;

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
 * Imports of historical results: upload a CSV file (with a saved mapping it is queued at
 * once), check the mapping against a preview that shows how the rows will be read and try
 * again until it is right, follow its progress (the page refreshes itself while it runs,
 * no JavaScript needed), and read what it reported, summed up by reason.
 */
@Controller
@PreAuthorize("hasAnyRole('CHECKER', 'ADMIN')")
class ImportPageController {

	private final Imports imports;

	private final ImportMappings mappings;

	private final ImportReports reports;

	private final Refusals refusals;

	ImportPageController(Imports imports, ImportMappings mappings, ImportReports reports, Refusals refusals) {
		this.imports = imports;
		this.mappings = mappings;
		this.reports = reports;
		this.refusals = refusals;
	}

	@GetMapping("/app/checking/imports")
	String list(Model model) {
		model.addAttribute("imports", this.imports.latest());
		model.addAttribute("saved", this.mappings.all());
		model.addAttribute("key", UUID.randomUUID().toString());
		return "checking/imports";
	}

	@PostMapping("/app/checking/imports")
	String upload(@RequestParam(required = false) MultipartFile file, @RequestParam String key,
			@RequestParam(required = false) String mappingName, Model model) {
		return this.refusals.orFormAgain(model, () -> {
			if (file == null || file.isEmpty()) {
				throw new Refusal("checking.error.emptyFile");
			}
			UUID id = this.imports.upload(CurrentStaff.require(),
					new Imports.Upload(file.getOriginalFilename(), content(file), null, null, mappingName, key));
			return "redirect:/app/checking/imports/" + id;
		}, () -> list(model));
	}

	@GetMapping("/app/checking/imports/{id}")
	String status(@PathVariable UUID id, Model model, HttpServletResponse response) {
		ImportStatus status = this.imports.status(id);
		if (!status.finished() && !"PREVIEW".equals(status.status())) {
			// The page refreshes itself while the import runs; browsers honour this
			// header without any script.
			response.setHeader("Refresh", "2");
		}
		model.addAttribute("status", status);
		if ("PREVIEW".equals(status.status())) {
			return preview(model, this.imports.preview(id));
		}
		model.addAttribute("summary", status.finished() ? this.reports.summary(id) : List.of());
		return "checking/import-status";
	}

	/**
	 * Either shows the file again as the chosen mapping reads it ({@code action=check}),
	 * or starts the import with it, saving it under a name when one is given.
	 */
	@PostMapping("/app/checking/imports/{id}/start")
	String start(@PathVariable UUID id, @RequestParam Map<String, String> form,
			@RequestParam(defaultValue = "import") String action, @RequestParam(required = false) String saveAs,
			Model model, RedirectAttributes redirect) {
		String back = "redirect:/app/checking/imports/" + id;
		if ("check".equals(action)) {
			return this.refusals.orBack(redirect, () -> check(id, mapping(id, form), saveAs, model), back);
		}
		return this.refusals.orBack(redirect, () -> {
			this.imports.start(CurrentStaff.require(), id, mapping(id, form), saveAs);
			return back;
		}, back);
	}

	/**
	 * The file as {@code mapping} reads it; when it cannot read it, the file as guessed,
	 * with what was chosen kept.
	 */
	private String check(UUID id, ImportMapping mapping, String saveAs, Model model) {
		model.addAttribute("status", this.imports.status(id));
		model.addAttribute("saveAs", saveAs);
		return this.refusals.orFormAgain(model, () -> preview(model, this.imports.preview(id, mapping)), () -> {
			Imports.Preview guess = this.imports.preview(id);
			return preview(model, new Imports.Preview(guess.status(), guess.header(), guess.rows(), mapping, null));
		});
	}

	/**
	 * The mapping chosen on the form, after reading the file again with the separator
	 * chosen there, if any.
	 */
	private ImportMapping mapping(UUID id, Map<String, String> form) {
		if (form.get("separator") != null && !form.get("separator").isBlank()) {
			this.imports.readWith(CurrentStaff.require(), id, CsvFile.separatorNamed(form.get("separator")));
		}
		return ImportMapping.fromMap(form);
	}

	private static InputStream content(MultipartFile file) {
		try {
			return file.getInputStream();
		}
		catch (IOException ex) {
			throw new Refusal("checking.error.unreadableFile");
		}
	}

	private static String preview(Model model, Imports.Preview preview) {
		model.addAttribute("preview", preview);
		model.addAttribute("fields", ImportMapping.FIELDS);
		model.addAttribute("dateFormats", ImportMapping.DateFormat.values());
		model.addAttribute("componentSeparators", ImportMapping.COMPONENT_SEPARATORS);
		model.addAttribute("readings", ImportMapping.Reading.values());
		model.addAttribute("separators", new TreeMap<>(CsvFile.SEPARATOR_NAMES));
		return "checking/import-preview";
	}

}

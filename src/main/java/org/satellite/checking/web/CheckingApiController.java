package org.satellite.checking.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.satellite.checking.Vocabulary;
import org.satellite.checking.internal.CollectionMode;
import org.satellite.checking.internal.CsvFile;
import org.satellite.checking.internal.ImportMapping;
import org.satellite.checking.internal.ImportReports;
import org.satellite.checking.internal.ImportStatus;
import org.satellite.checking.internal.Imports;
import org.satellite.checking.internal.MatchQuality;
import org.satellite.checking.internal.NameInUse;
import org.satellite.checking.internal.NewSample;
import org.satellite.checking.internal.SampleForm;
import org.satellite.checking.internal.SampleResult;
import org.satellite.checking.internal.Samples;
import org.satellite.checking.internal.Strip;
import org.satellite.checking.internal.StripResult;
import org.satellite.identity.CurrentStaff;
import org.satellite.identity.Role;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.NotFound;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.ApiContract;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Drug checking over the API: samples and their tests (checkers), imports of CSV files
 * with a column mapping, and the vocabulary's review queue (admins map names). Creating
 * POSTs need an {@code Idempotency-Key}.
 */
@RestController
class CheckingApiController {

	static final String KEY = "Idempotency-Key";

	private final Samples samples;

	private final Imports imports;

	private final ImportReports reports;

	private final ImportReportWords words;

	private final Vocabulary vocabulary;

	CheckingApiController(Samples samples, Imports imports, ImportReports reports, ImportReportWords words,
			Vocabulary vocabulary) {
		this.samples = samples;
		this.imports = imports;
		this.reports = reports;
		this.words = words;
		this.vocabulary = vocabulary;
	}

	@Operation(summary = "Record a sample at intake; answers with its code")
	@ApiContract(roles = { "CHECKER", "ADMIN" }, refuses = HttpStatus.UNPROCESSABLE_CONTENT)
	@PostMapping("/api/v1/checking/samples")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<SampleView> record(@RequestHeader(KEY) String key, @RequestBody SampleRequest request) {
		String code = this.samples.record(CurrentStaff.require(), new NewSample(request.place(), request.mode(),
				request.expected(), request.form(), request.colour(), request.texture(), request.beforeCut()), key);
		return ResponseEntity.created(URI.create("/api/v1/checking/samples/" + code)).body(view(code));
	}

	@Operation(summary = "A sample with its tests and result")
	@ApiContract(roles = { "CHECKER", "ADMIN" }, refuses = HttpStatus.NOT_FOUND)
	@GetMapping("/api/v1/checking/samples/{code}")
	SampleView sample(@PathVariable String code) {
		requireCheckerView();
		return view(code);
	}

	@Operation(summary = "Record a test strip (the same strip again replaces its result)")
	@ApiContract(roles = { "CHECKER", "ADMIN" }, refuses = { HttpStatus.NOT_FOUND, HttpStatus.UNPROCESSABLE_CONTENT })
	@PostMapping("/api/v1/checking/samples/{code}/strips")
	SampleView strip(@PathVariable String code, @RequestBody StripRequest request) {
		this.samples.recordStrip(CurrentStaff.require(), code, request.strip(), request.result());
		return view(code);
	}

	@Operation(summary = "Add an FTIR component")
	@ApiContract(roles = { "CHECKER", "ADMIN" }, refuses = { HttpStatus.NOT_FOUND, HttpStatus.UNPROCESSABLE_CONTENT })
	@PostMapping("/api/v1/checking/samples/{code}/components")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<SampleView> component(@PathVariable String code, @RequestHeader(KEY) String key,
			@RequestBody ComponentRequest request) {
		this.samples.recordComponent(CurrentStaff.require(), code, request.name(), request.quality(), request.percent(),
				key);
		return ResponseEntity.status(201).body(view(code));
	}

	@Operation(summary = "Release the result to the public page")
	@ApiContract(roles = { "CHECKER", "ADMIN" }, refuses = { HttpStatus.NOT_FOUND, HttpStatus.UNPROCESSABLE_CONTENT })
	@PostMapping("/api/v1/checking/samples/{code}/release")
	SampleView release(@PathVariable String code) {
		this.samples.release(CurrentStaff.require(), code);
		return view(code);
	}

	@Operation(
			summary = "Import a CSV file of past results: format=drug-checking-bc, mappingName=a saved mapping, or a "
					+ "mapping of fields to columns (date, site, city, expected, fentanylStrip, benzoStrip, xylazineStrip, "
					+ "components, sampleId) with dateFormat (ISO, DAY_FIRST, MONTH_FIRST), componentSeparator (auto , ; + |) and "
					+ "word:<word>=POSITIVE|NEGATIVE|INVALID|NOT_TESTED; separator (comma, semicolon, tab) is found from the header "
					+ "when left out")
	@ApiContract(roles = { "CHECKER", "ADMIN" }, refuses = HttpStatus.UNPROCESSABLE_CONTENT)
	@PostMapping(path = "/api/v1/checking/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.ACCEPTED)
	ResponseEntity<ImportStatus> importFile(@RequestHeader(KEY) String key,
			@RequestPart(required = false) MultipartFile file, @RequestParam(required = false) String format,
			@RequestParam(required = false) String mappingName, @RequestParam(required = false) String separator,
			@RequestParam(required = false) Map<String, String> mapping) {
		if (file == null || file.isEmpty()) {
			throw new Refusal("checking.error.emptyFile");
		}
		boolean saved = mappingName != null && !mappingName.isBlank();
		ImportMapping chosen = "drug-checking-bc".equals(format) ? ImportMapping.DRUG_CHECKING_BC
				: saved ? null : ImportMapping.fromMap(mapping);
		if (!saved && chosen.date() == null) {
			throw new Refusal("checking.error.mappingNeedsDate");
		}
		try {
			UUID id = this.imports.upload(CurrentStaff.require(), new Imports.Upload(file.getOriginalFilename(),
					file.getInputStream(), chosen, separator(separator), saved ? mappingName : null, key));
			return ResponseEntity.accepted()
				.location(URI.create("/api/v1/checking/imports/" + id))
				.body(this.imports.status(id));
		}
		catch (IOException ex) {
			throw new Refusal("checking.error.unreadableFile");
		}
	}

	@Operation(summary = "Where an import stands")
	@ApiContract(roles = { "CHECKER", "ADMIN" }, refuses = HttpStatus.NOT_FOUND)
	@GetMapping("/api/v1/checking/imports/{id}")
	ImportStatus importStatus(@PathVariable UUID id) {
		requireCheckerView();
		return this.imports.status(id);
	}

	@Operation(summary = "Every row an import could not read, and every row read with a caveat")
	@ApiContract(roles = { "CHECKER", "ADMIN" }, refuses = HttpStatus.NOT_FOUND)
	@GetMapping("/api/v1/checking/imports/{id}/problems")
	List<ImportReportWords.Problem> importProblems(@PathVariable UUID id) {
		requireCheckerView();
		return this.words.problems(this.reports.problems(id));
	}

	@Operation(summary = "What an import reported, by reason: how many rows and the first of them")
	@ApiContract(roles = { "CHECKER", "ADMIN" }, refuses = HttpStatus.NOT_FOUND)
	@GetMapping("/api/v1/checking/imports/{id}/summary")
	List<ImportReportWords.Reason> importSummary(@PathVariable UUID id) {
		requireCheckerView();
		return this.words.summary(this.reports.summary(id));
	}

	private static Character separator(String name) {
		return (name == null || name.isBlank()) ? null : CsvFile.separatorNamed(name);
	}

	@Operation(summary = "Names waiting for review")
	@ApiContract(roles = { "CHECKER", "ADMIN" })
	@GetMapping("/api/v1/checking/vocabulary/queue")
	List<NameInUse> queue() {
		requireCheckerView();
		return this.vocabulary.reviewQueue();
	}

	@Operation(summary = "Map a name to a substance (admins); refused when it would move the name to another class")
	@ApiContract(roles = "ADMIN", refuses = { HttpStatus.NOT_FOUND, HttpStatus.UNPROCESSABLE_CONTENT })
	@PostMapping("/api/v1/checking/vocabulary/mappings")
	NameInUse map(@RequestBody MappingRequest request) {
		return this.vocabulary.map(CurrentStaff.require(), request.name(), request.substance());
	}

	private SampleView view(String code) {
		SampleResult result = SampleResult
			.of(this.samples.find(code).orElseThrow(() -> new NotFound("checking.error.unknownSample")));
		return new SampleView(result.sample().code(), result.sample().displayCode(), result.sample().ready(),
				result.sample().strips(), result.sample().components().stream().map((c) -> c.name().written()).toList(),
				result.found().stream().map((s) -> s.nameEn()).toList(), result.expectedFound(),
				result.notable().stream().map((n) -> n.reason()).toList());
	}

	private static void requireCheckerView() {
		var staff = CurrentStaff.require();
		if (!staff.is(Role.CHECKER) && !staff.is(Role.ADMIN)) {
			throw new NotAllowed("checking.error.checkerOnly");
		}
	}

	record SampleRequest(String place, CollectionMode mode, String expected, SampleForm form, String colour,
			String texture, Boolean beforeCut) {
	}

	record StripRequest(Strip strip, StripResult result) {
	}

	record ComponentRequest(String name, MatchQuality quality, BigDecimal percent) {
	}

	record MappingRequest(String name, int substance) {
	}

	/**
	 * A sample as the API shows it.
	 *
	 * @param notable the reasons the result is notable
	 */
	record SampleView(String code, String displayCode, boolean released, Map<Strip, StripResult> strips,
			List<String> components, List<String> found, Boolean expectedFound, List<String> notable) {
	}

}

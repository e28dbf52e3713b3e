package org.satellite.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.satellite.platform.ProgramTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Base class for browser tests: Satellite running on a random port (the same Spring
 * context as the other integration tests, so it starts once), driven by Debian's Chromium
 * through Playwright.
 *
 * <p>
 * Each test gets a fresh browser context (no cookies, no session) with a desktop
 * {@link #page}; call {@link #open(Screen, String)} to look through a phone or with
 * another {@code Accept-Language}. After each test a screenshot of the last page is left
 * in {@code target/browser/} for a person to look at.
 *
 * <p>
 * Every page of Satellite a test opens is checked with axe-core as it loads, whatever the
 * test does next: in the language the test reads it in, and once per path and run in the
 * other language too (the same address, the same cookies, the other language's cookie, in
 * a separate browser context so that the test's own state is untouched). A serious or
 * critical violation fails the test that opened the page, listed after it ran. Only pages
 * answered with HTML are checked; the other language only for pages answered 200 to a
 * GET, which can be asked again without changing anything.
 *
 * <p>
 * Chromium is never downloaded: the tests use {@code /usr/bin/chromium} and fail, rather
 * than skip, when it is missing, because a skipped accessibility check looks the same as
 * a passed one in a summary. {@code .ci/run} installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTestSupport {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	/**
	 * Headless, and quiet: this machine's network is closed, and without these switches
	 * Chromium keeps trying to reach Google's services.
	 */
	static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	/** WCAG 2.1 A and AA, the level Satellite promises. */
	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/**
	 * WCAG 2.5.3, label in name: a control's accessible name contains the words it shows,
	 * so that a person using voice control can say what they see. axe-core counts the
	 * rule experimental and leaves it out unless asked.
	 */
	static final String LABEL_IN_NAME = "label-content-name-mismatch";

	/**
	 * How long an assertion on what a page shows waits for it. Generous, because a CI
	 * machine running the whole suite on two cores can be slow; a passing assertion
	 * returns as soon as the text is there.
	 */
	private static final double SHOWS_WITHIN_MS = 20_000;

	/** How Thymeleaf shows a message key it found in no bundle. */
	private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.-]+\\?\\?");

	private static final Path SCREENSHOTS = Paths.get("target", "browser");

	private static Playwright playwright;

	private static Browser browser;

	/** Paths already checked in a language by the automatic check, for this run. */
	/**
	 * The tag of the browser tests that read what the demo shows for today, this month or
	 * this year: {@code .ci/run} runs them again with the program's clock started where
	 * month and year arithmetic goes wrong (decision 0071).
	 */
	public static final String CALENDAR = "calendar";

	private static final Set<String> CHECKED_ELSEWHERE = ConcurrentHashMap.newKeySet();

	/** What the automatic check found on the pages the current test opened. */
	private final List<String> inaccessible = new ArrayList<>();

	/** Whether pages are checked with axe-core as they load (see {@link #timed}). */
	private boolean checkingLoads = true;

	private String browserLanguage = "en";

	/**
	 * The program's clock, which the test profile starts at a fixed moment (decision
	 * 0071); never the wall clock.
	 */
	@Autowired
	ProgramTime time;

	@LocalServerPort
	private int port;

	private BrowserContext context;

	/**
	 * The page of the current test, desktop-sized and English-speaking until
	 * {@link #open} says otherwise.
	 */
	protected Page page;

	@BeforeAll
	static void launchChromium() {
		if (!Files.isExecutable(CHROMIUM)) {
			fail("Browser tests need Debian's Chromium at " + CHROMIUM + ". Install it with "
					+ "`apt-get update && apt-get install -y --no-install-recommends chromium` (.ci/run does this).");
		}
		PlaywrightAssertions.setDefaultAssertionTimeout(SHOWS_WITHIN_MS);
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
	}

	@AfterAll
	static void closeChromium() {
		if (playwright != null) {
			playwright.close();
			playwright = null;
			browser = null;
		}
	}

	@BeforeEach
	void openDesktopPage() {
		open(Screen.DESKTOP, "en");
	}

	@AfterEach
	void keepScreenshotAndClose(TestInfo test) {
		if (this.context == null) {
			return;
		}
		String name = getClass().getSimpleName() + "-" + test.getTestMethod().map((m) -> m.getName()).orElse("test");
		try {
			this.page
				.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
		}
		finally {
			this.context.close();
			this.context = null;
		}
		if (!this.inaccessible.isEmpty()) {
			fail("Pages this test opened are not accessible:\n" + String.join("\n", this.inaccessible));
		}
	}

	/**
	 * Replaces the current page with a fresh one (new cookies, no session) on the given
	 * screen, from a browser whose language preference ({@code Accept-Language} and
	 * {@code navigator.language}) is the given one.
	 */
	protected Page open(Screen screen, String browserLanguage) {
		if (this.context != null) {
			this.context.close();
		}
		this.context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl())
			.setViewportSize(screen.width, screen.height)
			.setIsMobile(screen.mobile)
			.setHasTouch(screen.mobile)
			.setLocale(browserLanguage));
		this.browserLanguage = browserLanguage;
		this.context.onPage(this::checkEveryLoad);
		this.page = this.context.newPage();
		return this.page;
	}

	/**
	 * Runs axe-core on every page of Satellite this page loads, as it loads, and on the
	 * same address in the other language.
	 */
	private void checkEveryLoad(Page watched) {
		Response[] document = new Response[1];
		watched.onResponse((response) -> {
			if (response.request().isNavigationRequest() && response.frame() == watched.mainFrame()) {
				document[0] = response;
			}
		});
		watched.onLoad((loaded) -> {
			if (!this.checkingLoads) {
				return;
			}
			Response response = document[0];
			String type = (response != null) ? response.headerValue("content-type") : null;
			if (type == null || !type.startsWith("text/html") || !loaded.url().startsWith(baseUrl())) {
				return;
			}
			String url = loaded.url();
			try {
				violations(loaded, false).ifPresent((found) -> this.inaccessible.add(found));
			}
			catch (RuntimeException ex) {
				// The test went on to another page before this one could be checked (axe
				// could not be injected, or its page was gone); that page is checked in
				// its turn.
				return;
			}
			if ("GET".equals(response.request().method()) && response.status() == 200) {
				checkInTheOtherLanguage(url);
			}
		});
	}

	private void checkInTheOtherLanguage(String url) {
		String other = "fr".equals(currentLanguage()) ? "en" : "fr";
		String path = url.replaceFirst("[?#].*$", "");
		if (!CHECKED_ELSEWHERE.add(other + " " + path)) {
			return;
		}
		String address = url.replaceAll("([?&])lang=[a-z]+&?", "$1").replaceFirst("[?&]$", "");
		try (BrowserContext elsewhere = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl())
			.setStorageState(this.context.storageState())
			.setLocale(other))) {
			elsewhere.addCookies(List.of(new Cookie("satellite-lang", other).setUrl(baseUrl())));
			Page copy = elsewhere.newPage();
			Response response = copy.navigate(address);
			if (response != null && response.status() == 200) {
				violations(copy, true).ifPresent((found) -> this.inaccessible.add("(in " + other + ") " + found));
			}
		}
	}

	/** The language the current page speaks, from its {@code lang}. */
	private String currentLanguage() {
		try {
			String lang = this.page.locator("html").getAttribute("lang");
			return (lang != null) ? lang : this.browserLanguage;
		}
		catch (PlaywrightException ex) {
			return this.browserLanguage;
		}
	}

	/**
	 * Runs what is being timed without checking pages with axe-core as they load, so that
	 * the check's own time is not counted: the pages timed must have been visited, and so
	 * checked, before.
	 */
	protected void timed(Runnable measured) {
		this.checkingLoads = false;
		try {
			measured.run();
		}
		finally {
			this.checkingLoads = true;
		}
	}

	/** Opens a fresh page on the given screen, from an English-speaking browser. */
	protected Page open(Screen screen) {
		return open(screen, "en");
	}

	/**
	 * Goes to a path of the running application, like typing it into the address bar, and
	 * returns the response of the page it lands on. Fails if the page shows a message key
	 * ({@code ??home.title_fr??}) where words should be, which is what a bundle missing
	 * from {@code spring.messages.basename} looks like.
	 */
	protected Response visit(String path) {
		Response response = this.page.navigate(baseUrl() + path);
		assertThat(response).as("response to GET %s", path).isNotNull();
		assertThat(this.page.content()).as("words missing from the message bundles on %s", path)
			.doesNotContainPattern(MISSING_MESSAGE);
		return response;
	}

	/**
	 * Logs in through the login form, as a person would, and fails unless the application
	 * let the person in.
	 */
	protected void loginAs(String username, String password) {
		submitLogin(username, password);
		assertThat(this.page.url()).as("Logging in as '%s' failed (are the demo accounts seeded?)", username)
			.doesNotContain("/login");
	}

	/**
	 * Fills in and sends the login form, and waits for the page the application answers
	 * with, whatever it is.
	 */
	protected void submitLogin(String username, String password) {
		visit("/login");
		this.page.locator("#username").fill(username);
		this.page.locator("#password").fill(password);
		String loginPage = this.page.url();
		this.page.locator("main form button[type=submit]").click();
		this.page.waitForURL((url) -> !url.equals(loginPage));
	}

	/**
	 * Runs axe-core over the page as it is now, against WCAG 2.1 A and AA, and fails
	 * listing every serious or critical violation. Minor and moderate findings are left
	 * to review, not to the build.
	 */
	protected static void assertAccessible(Page page) {
		page.waitForLoadState();
		violations(page, true).ifPresent((found) -> fail(found));
	}

	/**
	 * The serious and critical violations axe-core finds on the page as it is now, in
	 * words, if there are any.
	 * @param strict whether axe-core failing to run is a finding too; not for a page the
	 * test may already be leaving
	 */
	private static Optional<String> violations(Page page, boolean strict) {
		AxeRunOnlyOptions levels = new AxeRunOnlyOptions();
		levels.setType("tag");
		levels.setValues(WCAG_21_AA);
		AxeRuleOptions enabled = new AxeRuleOptions();
		enabled.setEnabled(true);
		AxeRunOptions options = new AxeRunOptions();
		options.setRunOnly(levels);
		options.setRules(Map.of(LABEL_IN_NAME, enabled));
		// One axe.run with these options: the default run in parts (for cross-origin
		// frames,
		// which Satellite has none of) finishes without them.
		AxeResults results = new AxeBuilder(page).options(options).setLegacyMode(true).analyze();
		if (results.isErrored()) {
			if (!strict) {
				return Optional.empty();
			}
			return Optional.of("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
		}
		List<Rule> blocking = results.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		if (blocking.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(blocking.size() + " serious or critical accessibility violation(s) on " + page.url() + ":\n"
				+ blocking.stream().map(BrowserTestSupport::describe).collect(Collectors.joining("\n")));
	}

	/**
	 * Asserts that an element shows each of the texts to its reader (its rendered text,
	 * whitespace collapsed), waiting for them. A click that sends a form returns once the
	 * next page starts loading, not once it is all there, so a plain read of the text
	 * right after a click can see half a page; every assertion on what a page shows goes
	 * through these methods.
	 */
	protected static void assertShows(Locator element, String... texts) {
		for (String text : texts) {
			PlaywrightAssertions.assertThat(element)
				.containsText(text, new LocatorAssertions.ContainsTextOptions().setUseInnerText(true));
		}
	}

	/**
	 * Asserts that an element shows exactly this text, waiting for it as
	 * {@link #assertShows} does.
	 */
	protected static void assertShowsExactly(Locator element, String text) {
		PlaywrightAssertions.assertThat(element)
			.hasText(text, new LocatorAssertions.HasTextOptions().setUseInnerText(true));
	}

	/**
	 * Asserts that an element's text starts with this text, waiting for it as
	 * {@link #assertShows} does. The text is escaped by hand: Playwright runs the pattern
	 * in the browser, and JavaScript knows no {@code \Q…\E} quoting.
	 */
	protected static void assertShowsFirst(Locator element, String start) {
		PlaywrightAssertions.assertThat(element)
			.hasText(Pattern.compile("^\\s*" + start.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0")),
					new LocatorAssertions.HasTextOptions().setUseInnerText(true));
	}

	/**
	 * Asserts that an element shows none of the texts, once it is there; call it after an
	 * assertion that waited for the page, since an absence is true of a page still
	 * loading too.
	 */
	protected static void assertDoesNotShow(Locator element, String... texts) {
		for (String text : texts) {
			PlaywrightAssertions.assertThat(element)
				.not()
				.containsText(text, new LocatorAssertions.ContainsTextOptions().setUseInnerText(true));
		}
	}

	/**
	 * What the automatic check has found so far in this test, which then no longer fails
	 * it: for the test of the check itself.
	 */
	protected List<String> takeFindings() {
		List<String> found = List.copyOf(this.inaccessible);
		this.inaccessible.clear();
		return found;
	}

	/** Runs {@link #assertAccessible(Page)} on the current page. */
	protected void assertAccessible() {
		assertAccessible(this.page);
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	private static String describe(Rule rule) {
		StringBuilder text = new StringBuilder().append("- [")
			.append(rule.getImpact())
			.append("] ")
			.append(rule.getId())
			.append(": ")
			.append(rule.getHelp())
			.append(" (")
			.append(rule.getHelpUrl())
			.append(')');
		for (CheckedNode node : rule.getNodes()) {
			text.append("\n    at ").append(node.getTarget()).append(": ").append(node.getHtml());
			if (node.getFailureSummary() != null) {
				text.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
			}
		}
		return text.toString();
	}

}

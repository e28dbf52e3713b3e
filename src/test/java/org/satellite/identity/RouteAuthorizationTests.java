package org.satellite.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.satellite.api.TestTokens;
import org.satellite.web.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the staff pages, and of the drug checking API, against the table of who
 * may open it (DESIGN.md, "Security baseline": every route has a test for each role that
 * must be refused). The routes come from the running application, not from a list kept by
 * hand, so a new page under a part nobody decided on fails here until it is given a rule.
 *
 * <p>
 * For each route, every role outside its rule is refused with 403 and the "no access"
 * page (problem+json on the API), before any form is read, whatever the parameters; a
 * person who is not logged in is sent to the login page (401 on the API). Every role
 * inside the rule opens the route's pages (GET) past this wall; what it may do there, and
 * what its forms do, is the owning module's decision, tested with the module.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RouteAuthorizationTests {

	/** The demo account of each role. */
	static final Map<Role, String> ACCOUNTS = Map.of(Role.ADMIN, "admin", Role.COORDINATOR, "coordinator",
			Role.PEER_WORKER, "peer", Role.CHECKER, "checker", Role.ANALYST, "analyst", Role.EDITOR, "editor");

	/**
	 * Who may open what, most specific first; the first pattern a route matches decides,
	 * and a pattern may name the one method it is for ({@code POST /api/v1/items}). The
	 * same table as docs/architecture.md, "Who opens what".
	 */
	static final Map<String, Set<Role>> RULES = rules();

	/**
	 * Routes anyone may use, with no rule to hold them to: issuing a token, and the API's
	 * description.
	 */
	static final Set<String> PUBLIC = Set.of("/api/v1/tokens", "/api/v1/openapi.json", "/api/v1/openapi.json.yaml");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	final AntPathMatcher paths = new AntPathMatcher();

	static Map<String, Set<Role>> rules() {
		Map<String, Set<Role>> rules = new LinkedHashMap<>();
		rules.put("/app", EnumSet.allOf(Role.class));
		rules.put("/app/admin/**", EnumSet.of(Role.ADMIN));
		rules.put("/app/peer/**", EnumSet.of(Role.PEER_WORKER));
		rules.put("/app/checking/**", EnumSet.of(Role.CHECKER, Role.ADMIN));
		rules.put("/app/hub/**", EnumSet.of(Role.EDITOR, Role.ADMIN));
		rules.put("/app/coordinator/overdose/figures", EnumSet.of(Role.COORDINATOR, Role.ADMIN, Role.ANALYST));
		rules.put("/app/coordinator/overdose/naloxone.csv", EnumSet.of(Role.COORDINATOR, Role.ADMIN, Role.ANALYST));
		rules.put("/app/coordinator/referrals.csv", EnumSet.of(Role.COORDINATOR, Role.ADMIN, Role.ANALYST));
		rules.put("/app/reporting", EnumSet.of(Role.COORDINATOR, Role.ADMIN, Role.ANALYST));
		rules.put("/app/reporting/**", EnumSet.of(Role.COORDINATOR, Role.ADMIN, Role.ANALYST));
		rules.put("/app/reports/**", EnumSet.of(Role.COORDINATOR, Role.ADMIN, Role.ANALYST));
		rules.put("/app/coordinator/**", EnumSet.of(Role.COORDINATOR, Role.ADMIN));
		rules.put("/app/alerts/**", EnumSet.of(Role.COORDINATOR, Role.ADMIN));
		rules.put("/app/peer-workers/**", EnumSet.of(Role.COORDINATOR, Role.ADMIN));
		rules.put("/api/v1/checking/**", EnumSet.of(Role.CHECKER, Role.ADMIN));
		rules.put("/api/v1/peer-workers", EnumSet.of(Role.COORDINATOR, Role.ADMIN));
		rules.put("POST /api/v1/items", EnumSet.of(Role.ADMIN));
		rules.put("/api/v1/stock", EnumSet.of(Role.COORDINATOR, Role.ADMIN, Role.ANALYST));
		rules.put("/api/v1/program/months", EnumSet.of(Role.COORDINATOR, Role.ADMIN, Role.ANALYST));
		rules.put("GET /api/v1/restock-requests", EnumSet.of(Role.COORDINATOR, Role.ADMIN, Role.ANALYST));
		rules.put("/api/v1/stock/*/thresholds/*", EnumSet.of(Role.COORDINATOR, Role.ADMIN));
		rules.put("/api/v1/receipts", EnumSet.of(Role.COORDINATOR, Role.ADMIN));
		rules.put("/api/v1/transfers", EnumSet.of(Role.COORDINATOR, Role.ADMIN));
		rules.put("/api/v1/stock/**", EnumSet.of(Role.PEER_WORKER, Role.COORDINATOR, Role.ADMIN, Role.ANALYST));
		rules.put("/api/v1/sites/*/months", EnumSet.of(Role.PEER_WORKER, Role.COORDINATOR, Role.ADMIN, Role.ANALYST));
		rules.put("GET /api/v1/distributions/*",
				EnumSet.of(Role.PEER_WORKER, Role.COORDINATOR, Role.ADMIN, Role.ANALYST));
		for (String peerWork : List.of("/api/v1/distributions/**", "/api/v1/returns/**", "/api/v1/adjustments",
				"/api/v1/restock-requests", "/api/v1/overdose-responses/**")) {
			rules.put(peerWork, EnumSet.of(Role.PEER_WORKER, Role.COORDINATOR, Role.ADMIN));
		}
		for (String shared : List.of("/api/v1/zones", "/api/v1/sites", "/api/v1/sites/*", "/api/v1/items",
				"/api/v1/tokens/current")) {
			rules.put(shared, EnumSet.allOf(Role.class));
		}
		return rules;
	}

	@Test
	void everyRoleOutsideARouteRuleIsRefusedBeforeAnythingIsReadAndEveryRoleInsideOpensItsPages() {
		Map<Role, WebSession> pages = new LinkedHashMap<>();
		Map<Role, String> tokens = new LinkedHashMap<>();
		for (Role role : Role.values()) {
			WebSession session = new WebSession(this.port);
			// An analyst starts on the program's figures; everyone else on the staff
			// home.
			assertThat(session.login(ACCOUNTS.get(role), "satellite-demo")).as(role + " logs in")
				.endsWith((role == Role.ANALYST) ? "/app/reporting" : "/app");
			session.get("/app");
			pages.put(role, session);
			tokens.put(role, TestTokens.issue(this.port, ACCOUNTS.get(role), "satellite-demo"));
		}
		WebSession anonymous = new WebSession(this.port);
		anonymous.get("/login");

		List<String> unruled = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (Route route : routes()) {
			if (PUBLIC.contains(route.pattern())) {
				continue;
			}
			Set<Role> allowed = ruleFor(route);
			if (allowed == null) {
				if (route.pattern().startsWith("/app") || route.api()) {
					unruled.add(route.toString());
				}
				continue;
			}
			checked++;
			// The peer worker's own site where a route names a site, so that a role the
			// rule lets in is not refused by
			// the module's own wall (another site) and counted as refused by the rule.
			String path = route.pattern().replaceAll("\\{(code|location)\\}", "SAT-01").replaceAll("\\{[^}]*\\}", "1");
			for (Role role : Role.values()) {
				if (allowed.contains(role) && route.method() != RequestMethod.GET) {
					// A form sent by a role that may send it does what it says (asks for
					// a restock, drafts an alert):
					// that is for the module's own tests, on data they set up.
					continue;
				}
				int status = route.api() ? api(route.method(), path, tokens.get(role)).statusCode()
						: page(pages.get(role), route.method(), path).statusCode();
				boolean refused = !allowed.contains(role);
				if (refused != (status == 403)) {
					wrong
						.add(route + " as " + role + ": " + status + (refused ? " (must be 403)" : " (must get past)"));
				}
			}
			HttpResponse<String> stranger = route.api() ? api(route.method(), path, null)
					: page(anonymous, route.method(), path);
			boolean toLogin = route.api() ? stranger.statusCode() == 401
					: stranger.statusCode() == 302
							&& stranger.headers().firstValue("Location").orElse("").endsWith("/login")
							|| route.method() != RequestMethod.GET && stranger.statusCode() == 403;
			if (!toLogin) {
				wrong.add(route + " without logging in: " + stranger.statusCode());
			}
		}

		assertThat(unruled)
			.as("staff routes and API routes that no rule covers: decide who opens them, in SecurityConfiguration and here")
			.isEmpty();
		assertThat(wrong).isEmpty();
		assertThat(checked).as("routes checked").isGreaterThan(100);
	}

	@Test
	void aRefusalSaysSoInThePersonsLanguageAndAnApiRefusalIsProblemJson() {
		WebSession peer = new WebSession(this.port).speaking("fr");
		peer.login("peer", "satellite-demo");
		HttpResponse<String> page = peer.get("/app/alerts/new");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Vous n’avez pas accès à cette page");

		HttpResponse<String> problem = api(RequestMethod.GET, "/api/v1/checking/vocabulary/queue",
				TestTokens.issue(this.port, "peer", "satellite-demo"));
		assertThat(problem.statusCode()).isEqualTo(403);
		assertThat(problem.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	Set<Role> ruleFor(Route route) {
		String path = route.pattern().replaceAll("\\{[^}]*\\}", "x");
		for (Map.Entry<String, Set<Role>> rule : RULES.entrySet()) {
			String[] methodAndPattern = rule.getKey().split(" ", 2);
			boolean forMethod = methodAndPattern.length == 1 || methodAndPattern[0].equals(route.method().name());
			if (forMethod && this.paths.match(methodAndPattern[methodAndPattern.length - 1], path)) {
				return rule.getValue();
			}
		}
		return null;
	}

	Set<Route> routes() {
		Set<Route> routes = new TreeSet<>();
		this.mapping.getHandlerMethods().forEach((info, method) -> {
			for (String pattern : info.getPatternValues()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod verb : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(verb, pattern));
				}
			}
		});
		return routes;
	}

	HttpResponse<String> page(WebSession session, RequestMethod method, String path) {
		return switch (method) {
			case GET -> session.get(path);
			case POST -> session.post(path, Map.of());
			default ->
				throw new IllegalStateException("Staff pages answer GET and POST only, not " + method + " " + path);
		};
	}

	HttpResponse<String> api(RequestMethod method, String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			// A body nothing can read: a refusal must come before it is read, or the
			// answer would be 400.
			.method(method.name(), (method == RequestMethod.GET) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString("{not json"));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Route(RequestMethod method, String pattern) implements Comparable<Route> {

		boolean api() {
			return this.pattern.startsWith("/api/");
		}

		@Override
		public int compareTo(Route other) {
			return toString().compareTo(other.toString());
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}

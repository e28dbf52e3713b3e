package org.satellite.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two ways in: people log in with a form and a session; API clients present a bearer
 * token and get no session. Every response carries the same strict security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * No Micrometer observation around each security filter, authentication and
	 * authorization: spans nobody collects. Turning them off by property (an observation
	 * predicate) still left every filter wrapped, about a tenth of the CPU of an API
	 * request in DistributionIngestBenchmark; this setting stops the wrapping.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The login form checks passwords against the accounts, after the per-client lock-out
	 * (decision 0062).
	 */
	@Bean
	AuthenticationProvider staffLogin(StaffDetailsService accounts, PasswordEncoder passwords, LoginAttempts attempts) {
		DaoAuthenticationProvider checked = new DaoAuthenticationProvider(accounts);
		checked.setPasswordEncoder(passwords);
		return new ClientLockOut(checked, attempts);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ApiSecurityResponses responses) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/openapi.json.yaml")
				.permitAll()
				.requestMatchers("/api/v1/tokens")
				.permitAll()
				.requestMatchers("/api/v1/checking/**")
				.hasAnyRole("CHECKER", "ADMIN")
				.requestMatchers("/api/v1/peer-workers")
				.hasAnyRole("COORDINATOR", "ADMIN")
				.requestMatchers(HttpMethod.POST, "/api/v1/items")
				.hasRole("ADMIN")
				.requestMatchers("/api/v1/stock", "/api/v1/program/months")
				.hasAnyRole("COORDINATOR", "ADMIN", "ANALYST")
				.requestMatchers(HttpMethod.GET, "/api/v1/restock-requests")
				.hasAnyRole("COORDINATOR", "ADMIN", "ANALYST")
				.requestMatchers("/api/v1/stock/*/thresholds/*", "/api/v1/receipts", "/api/v1/transfers")
				.hasAnyRole("COORDINATOR", "ADMIN")
				.requestMatchers("/api/v1/stock/**", "/api/v1/sites/*/months")
				.hasAnyRole("PEER_WORKER", "COORDINATOR", "ADMIN", "ANALYST")
				.requestMatchers(HttpMethod.GET, "/api/v1/distributions/*")
				.hasAnyRole("PEER_WORKER", "COORDINATOR", "ADMIN", "ANALYST")
				.requestMatchers("/api/v1/distributions/**", "/api/v1/returns/**", "/api/v1/adjustments",
						"/api/v1/restock-requests", "/api/v1/overdose-responses/**")
				.hasAnyRole("PEER_WORKER", "COORDINATOR", "ADMIN")
				// Zones, sites, the catalogue and one's own token: anyone with a token.
				.anyRequest()
				.authenticated())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// No cookies on the API, so no cross-site request to forge: tokens travel in
			// a header a browser never adds.
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, responses), BasicAuthenticationFilter.class)
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(responses).accessDeniedHandler(responses))
			.headers(SecurityConfiguration::strictHeaders);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/login", "/error", "/css/**", "/js/**", "/img/**", "/favicon.ico",
					"/actuator/health/**", "/actuator/prometheus")
			.permitAll()
			// Who may open each part of the staff pages, before a form is read: the first
			// wall. Each module checks
			// again, on its own data (a peer worker only their site, a draft's author not
			// its approver). The table is
			// in docs/architecture.md, "Who opens what"; RouteAuthorizationTests holds
			// every route to it.
			.requestMatchers("/app/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/app/peer/**")
			.hasRole("PEER_WORKER")
			.requestMatchers("/app/checking/**")
			.hasAnyRole("CHECKER", "ADMIN")
			.requestMatchers("/app/hub/**")
			.hasAnyRole("EDITOR", "ADMIN")
			// The first two are the overdose figures' former addresses, which now
			// redirect
			// to reporting (decision 0111).
			.requestMatchers("/app/coordinator/overdose/figures", "/app/coordinator/overdose/naloxone.csv",
					"/app/coordinator/referrals.csv", "/app/reporting", "/app/reporting/**", "/app/reports/**")
			.hasAnyRole("COORDINATOR", "ADMIN", "ANALYST")
			.requestMatchers("/app/coordinator/**", "/app/alerts/**", "/app/peer-workers/**")
			.hasAnyRole("COORDINATOR", "ADMIN")
			.requestMatchers("/app/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			// A mail program's one-click unsubscribe (RFC 8058) posts without a session:
			// the secret token (hub) or the
			// signature (alerts) in the address is what authorises it.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/hub/unsubscribe/**", "/alerts/unsubscribe/**"))
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(new SessionExpired.ThenResubmit())
				.authenticationDetailsSource(LoginClient::of)
				.permitAll())
			// A form whose session expired is kept and offered again, instead of a wrong
			// "no access" (SessionExpired).
			.exceptionHandling((errors) -> errors.accessDeniedHandler(new SessionExpired()))
			.logout((logout) -> logout.logoutSuccessUrl("/?loggedOut").deleteCookies("JSESSIONID"))
			.headers(SecurityConfiguration::strictHeaders);
		return http.build();
	}

	private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.frameOptions((frame) -> frame.deny())
			.contentTypeOptions((nosniff) -> {
			});
	}

}

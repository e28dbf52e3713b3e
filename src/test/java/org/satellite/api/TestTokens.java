package org.satellite.api;

import java.util.Map;

/**
 * Bearer tokens for tests in other packages, issued the way any client gets one.
 */
public final class TestTokens {

	private TestTokens() {
	}

	public static String issue(int port, String username, String password) {
		return new ApiClient(port).post("/api/v1/tokens", Map.of("username", username, "password", password), null)
			.json()
			.get("token")
			.asString();
	}

	public static int status(int port, String username, String password) {
		return new ApiClient(port).post("/api/v1/tokens", Map.of("username", username, "password", password), null)
			.status();
	}

}

package org.satellite.identity.internal;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A form that could not be accepted because its session had expired (or its CSRF token no longer matched): where it
 * was going and the text fields it carried, kept in the new session until the person sends it again from the
 * "session expired" page ({@code /resubmit}). Files are not kept: they have to be chosen again.
 *
 * @param path where the form was sent
 * @param fields its text fields, in order, without the old CSRF token
 */
public record PendingForm(String path, Map<String, List<String>> fields) implements Serializable {

	static final String ATTRIBUTE = PendingForm.class.getName();

	static PendingForm of(HttpServletRequest request) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!"_csrf".equals(name)) {
				fields.put(name, List.of(values));
			}
		});
		return new PendingForm(request.getRequestURI(), new LinkedHashMap<>(fields));
	}

	/** The form waiting in this session, if any; it stays until it is sent again or the session ends. */
	public static PendingForm in(HttpSession session) {
		return (session != null) ? (PendingForm) session.getAttribute(ATTRIBUTE) : null;
	}

	/** Whether sending it needs a staff login first. */
	public boolean forStaff() {
		return this.path.startsWith("/app/");
	}

}

package org.satellite.identity.internal;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.satellite.privacy.ContactDetails;

/**
 * A form that could not be accepted because its session had expired (or its CSRF token no
 * longer matched): where it was going and the text fields it carried, kept in the new
 * session until the person sees them again on the "session expired" page
 * ({@code /resubmit}).
 *
 * <p>
 * Sessions are kept in PostgreSQL (decision 0063), so what is kept must be fit to be
 * stored there: passwords, and any field holding a phone number or an email address
 * ({@link ContactDetails}), are not kept and the page asks for them again; nor are files,
 * which have to be chosen again.
 *
 * @param path where the form was sent
 * @param fields its text fields that were kept, in order, without the old CSRF token
 * @param dropped whether some fields were left out and must be typed again
 */
public record PendingForm(String path, Map<String, List<String>> fields, boolean dropped) implements Serializable {

	static final String ATTRIBUTE = PendingForm.class.getName();

	static PendingForm of(HttpServletRequest request) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		boolean dropped = false;
		for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
			String name = field.getKey();
			if ("_csrf".equals(name)) {
				continue;
			}
			if (name.toLowerCase(Locale.ROOT).contains("password")
					|| Arrays.stream(field.getValue()).anyMatch(ContactDetails::anyIn)) {
				dropped = true;
				continue;
			}
			fields.put(name, List.of(field.getValue()));
		}
		return new PendingForm(request.getRequestURI(), fields, dropped);
	}

	/**
	 * The form waiting in this session, if any; it stays until it is sent again or the
	 * session ends.
	 */
	public static PendingForm in(HttpSession session) {
		return (session != null) ? (PendingForm) session.getAttribute(ATTRIBUTE) : null;
	}

	/** Whether sending it needs a staff login first. */
	public boolean forStaff() {
		return this.path.startsWith("/app/");
	}

}

package org.satellite.checking.internal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A name as written in samples, with what it means today.
 *
 * @param key the lower-case form every spelling shares
 * @param written how it was first written
 * @param substance what it maps to, or {@code null}: then left out of the API's JSON,
 * which documents it as optional (OpenAPI 3.0 cannot mark a referenced schema nullable)
 * @param salt the salt form the name carries ({@code HCl}, {@code Base}, ...), or
 * {@code null}
 * @param verdict the instrument verdict it is, or {@code null}
 * @param samples how many samples use it
 */
public record NameInUse(String key, String written, @JsonInclude(JsonInclude.Include.NON_NULL) Substance substance,
		String salt, Verdict verdict, int samples) {

	public boolean known() {
		return this.substance != null || this.verdict != null;
	}

}

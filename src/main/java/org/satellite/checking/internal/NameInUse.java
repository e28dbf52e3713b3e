package org.satellite.checking.internal;

/**
 * A name as written in samples, with what it means today.
 *
 * @param key the lower-case form every spelling shares
 * @param written how it was first written
 * @param substance what it maps to, or {@code null}
 * @param salt the salt form the name carries ({@code HCl}, {@code Base}, ...), or
 * {@code null}
 * @param verdict the instrument verdict it is, or {@code null}
 * @param samples how many samples use it
 */
public record NameInUse(String key, String written, Substance substance, String salt, Verdict verdict, int samples) {

	public boolean known() {
		return this.substance != null || this.verdict != null;
	}

}

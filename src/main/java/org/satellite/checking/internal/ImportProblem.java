package org.satellite.checking.internal;

/**
 * A row of an import that could not be read ({@code landed} false), or was read with a
 * caveat.
 *
 * @param line the line of the file, counting the header as line 1
 * @param reason a message code saying why
 */
public record ImportProblem(long line, String reason, String argument, String excerpt, boolean landed) {
}

package org.satellite.platform;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * A request Satellite will not carry out, with the reason in words a person can act on.
 * The reason is a message code looked up in the reader's language; nothing was changed
 * when this is thrown. A refusal is itself resolvable:
 * {@code messages.getMessage(refusal, locale)} says it in words.
 */
public class Refusal extends RuntimeException implements MessageSourceResolvable {

	private final String messageCode;

	private final transient Object[] arguments;

	public Refusal(String messageCode, Object... arguments) {
		super(messageCode + Arrays.toString(arguments));
		this.messageCode = messageCode;
		this.arguments = arguments.clone();
	}

	/**
	 * The value, when it has text; otherwise a refusal with this message code ("the site
	 * is missing"), so that a missing field is said as such instead of failing further
	 * in.
	 */
	public static String required(String value, String messageCode) {
		if (value == null || value.isBlank()) {
			throw new Refusal(messageCode);
		}
		return value;
	}

	public String messageCode() {
		return this.messageCode;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.messageCode };
	}

	@Override
	public Object[] getArguments() {
		return arguments();
	}

}

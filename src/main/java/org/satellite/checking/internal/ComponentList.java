package org.satellite.checking.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a list of components as exports write it: a Python-style list
 * {@code ['Fentanyl HCl', 'Caffeine']} (quotes single or double, backslash escapes), or
 * plain text separated by the separator a person chose for the file ({@code ,} {@code ;}
 * {@code +} {@code |}; semicolons when left to {@code auto}). Empty entries are left out.
 */
public final class ComponentList {

	private ComponentList() {
	}

	/**
	 * The names, or empty when the text is a list that never closes or has text outside
	 * its quotes.
	 */
	public static Optional<List<String>> parse(String text) {
		return parse(text, "auto");
	}

	/**
	 * The names, split by {@code separator} ({@code auto}: semicolons) unless the text is
	 * a bracketed list; empty when it is a list that never closes or has text outside its
	 * quotes.
	 */
	public static Optional<List<String>> parse(String text, String separator) {
		String value = (text == null) ? "" : text.strip();
		if (value.isEmpty()) {
			return Optional.of(List.of());
		}
		if (!value.startsWith("[")) {
			String split = ("auto".equals(separator) || separator == null) ? ";" : separator;
			return Optional.of(Arrays.stream(value.split(Pattern.quote(split)))
				.map(String::strip)
				.filter((n) -> !n.isEmpty())
				.toList());
		}
		if (!value.endsWith("]")) {
			return Optional.empty();
		}
		List<String> names = new ArrayList<>();
		String inner = value.substring(1, value.length() - 1);
		int i = 0;
		while (i < inner.length()) {
			char c = inner.charAt(i);
			if (c == ' ' || c == ',') {
				i++;
				continue;
			}
			if (c != '\'' && c != '"') {
				return Optional.empty();
			}
			StringBuilder name = new StringBuilder();
			int j = i + 1;
			boolean closed = false;
			while (j < inner.length()) {
				char d = inner.charAt(j);
				if (d == '\\' && j + 1 < inner.length()) {
					name.append(inner.charAt(j + 1));
					j += 2;
					continue;
				}
				if (d == c) {
					closed = true;
					break;
				}
				name.append(d);
				j++;
			}
			if (!closed) {
				return Optional.empty();
			}
			if (!name.toString().isBlank()) {
				names.add(name.toString().strip());
			}
			i = j + 1;
			if (i < inner.length() && inner.charAt(i) != ',' && inner.charAt(i) != ' ') {
				return Optional.empty();
			}
		}
		return Optional.of(names);
	}

}

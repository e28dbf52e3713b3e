package org.satellite.checking.web;

import java.util.List;
import java.util.Locale;

import org.satellite.checking.internal.ImportProblem;
import org.satellite.checking.internal.ImportReports;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An import's report as the API answers it: each reason keeps its code for programs and
 * says itself in the client's language ({@code Accept-Language}, English or French) for
 * the person reading the answer.
 */
@Component
class ImportReportWords {

	private final MessageSource messages;

	ImportReportWords(MessageSource messages) {
		this.messages = messages;
	}

	List<Problem> problems(List<ImportProblem> problems) {
		Locale locale = LocaleContextHolder.getLocale();
		return problems.stream().map((p) -> problem(p, locale)).toList();
	}

	List<Reason> summary(List<ImportReports.Reason> reasons) {
		Locale locale = LocaleContextHolder.getLocale();
		return reasons.stream()
			.map((r) -> new Reason(r.reason(), this.messages.getMessage(r.reason() + ".title", null, locale),
					r.landed(), r.rows(), r.first().stream().map((p) -> problem(p, locale)).toList()))
			.toList();
	}

	private Problem problem(ImportProblem p, Locale locale) {
		return new Problem(p.line(), p.reason(),
				this.messages.getMessage(p.reason(), new Object[] { p.argument() }, locale), p.argument(), p.excerpt(),
				p.landed());
	}

	/**
	 * A row reported.
	 *
	 * @param reason the reason's code, for programs
	 * @param message the reason in words
	 */
	record Problem(long line, String reason, String message, String argument, String excerpt, boolean landed) {
	}

	/**
	 * A reason rows were reported for.
	 *
	 * @param title the reason in words
	 */
	record Reason(String reason, String title, boolean landed, int rows, List<Problem> first) {
	}

}

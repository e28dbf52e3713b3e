package org.satellite.reporting.internal.export;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.satellite.platform.ProgramTime;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The real templates and message bundles, without a Spring context: what the unit tests
 * of the exports draw with.
 */
final class ExportTemplates {

	/** 2 December 2026, midday in Montréal: November 2026 has ended. */
	static final ProgramTime TIME = new ProgramTime(
			Clock.fixed(Instant.parse("2026-12-02T17:00:00Z"), ZoneId.of("America/Toronto")),
			ZoneId.of("America/Toronto"));

	private ExportTemplates() {
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages", "i18n/checking", "i18n/reporting");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static PdfDocuments pdf() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages());
		return new PdfDocuments(engine);
	}

}

package org.satellite.reporting.internal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Draws a Thymeleaf template (well-formed XHTML, with inline SVG) as a PDF through
 * openhtmltopdf and PDFBox. The fonts travel inside the application (DejaVu Sans, which
 * has every letter of French), so a report reads the same on any server, with or without
 * fonts installed.
 */
@Component
public class PdfDocuments {

	/** The family the templates' CSS names. */
	static final String FAMILY = "DejaVu Sans";

	private final ITemplateEngine templates;

	PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		String xhtml = this.templates.process(template, new Context(locale, variables));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static java.io.InputStream font(String file) {
		java.io.InputStream in = PdfDocuments.class.getResourceAsStream("/fonts/" + file);
		if (in == null) {
			throw new IllegalStateException("The font " + file + " is missing from the application");
		}
		return in;
	}

}

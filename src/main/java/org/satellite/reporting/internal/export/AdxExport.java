package org.satellite.reporting.internal.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.satellite.platform.Audited;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.reporting.internal.Audience;
import org.satellite.reporting.internal.Figure;
import org.satellite.reporting.internal.Indicator;
import org.satellite.reporting.internal.OrgUnit;
import org.satellite.reporting.internal.ReportFigures;
import org.satellite.reporting.internal.ReportPeriod;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ADX data set (IHE QRPH Aggregate Data Exchange, the format DHIS2 imports at
 * {@code /api/dataValueSets}) of one month or quarter: one {@code group} per place of the
 * level asked for (sites or zones), one {@code dataValue} per figure.
 *
 * <p>
 * The figures leave the program, so they are those of {@link Audience#EXTERNAL}: only
 * indicators marked external, through the disclosure policy, exactly as the program's
 * public figures; a withheld figure, or one with nothing recorded, is left out rather
 * than sent as a number (decision 0109). Every indicator and place sent must be mapped:
 * otherwise nothing is produced and the refusal names each missing code.
 */
@Service
public class AdxExport {

	/** The ADX namespace. */
	public static final String NAMESPACE = "urn:ihe:qrph:adx:2015";

	private final ReportFigures figures;

	private final AdxMappings mappings;

	private final ProgramTime time;

	private final ApplicationEventPublisher events;

	AdxExport(ReportFigures figures, AdxMappings mappings, ProgramTime time, ApplicationEventPublisher events) {
		this.figures = figures;
		this.mappings = mappings;
		this.time = time;
		this.events = events;
	}

	/**
	 * A data set written, with how many values it sends and how many it leaves out.
	 *
	 * @param xml the document, UTF-8
	 * @param sent the data values it holds
	 * @param withheld figures left out because the disclosure policy withholds them
	 * @param noData figures left out because nothing was recorded for them
	 */
	public record DataSet(byte[] xml, int sent, int withheld, int noData) {
	}

	/** The period in SDMX form: its first day and its length, {@code 2026-11-01/P1M}. */
	public static String sdmx(ReportPeriod period) {
		return period.start() + switch (period.granularity()) {
			case MONTH -> "/P1M";
			case QUARTER -> "/P3M";
			case YEAR -> "/P1Y";
		};
	}

	/** The data set of every place of {@code level}; written to the audit trail. */
	@Transactional
	public DataSet dataSet(ReportPeriod period, OrgUnit.Level level) {
		List<Indicator> indicators = this.figures.catalogue().stream().filter(Indicator::external).toList();
		List<OrgUnit> places = this.figures.places().stream().filter((place) -> place.level() == level).toList();
		Map<String, String> elements = this.mappings.dataElements();
		Map<String, String> units = this.mappings.orgUnits();
		List<String> missing = new ArrayList<>();
		indicators.stream()
			.filter((indicator) -> !elements.containsKey(indicator.code()))
			.forEach((indicator) -> missing.add(indicator.code()));
		places.stream()
			.filter((place) -> !units.containsKey(AdxMappings.key(place)))
			.forEach((place) -> missing.add(place.code()));
		if (!missing.isEmpty()) {
			throw new Refusal("reporting.export.adx.missing", String.join(", ", missing));
		}
		Map<OrgUnit, List<Figure>> byPlace = new LinkedHashMap<>();
		places.forEach((place) -> byPlace.put(place, new ArrayList<>()));
		for (Figure figure : this.figures.figures(OrgUnit.PROGRAM, period, Audience.EXTERNAL)) {
			List<Figure> theirs = byPlace.get(figure.place());
			if (theirs != null && figure.indicator().external()) {
				theirs.add(figure);
			}
		}
		int sent = 0;
		int withheld = 0;
		int noData = 0;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("", "adx", NAMESPACE);
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeAttribute("exported",
					DateTimeFormatter.ISO_INSTANT.format(this.time.now().truncatedTo(ChronoUnit.SECONDS)));
			for (Map.Entry<OrgUnit, List<Figure>> group : byPlace.entrySet()) {
				List<Figure> values = new ArrayList<>();
				for (Figure figure : group.getValue()) {
					if (figure.value() != null) {
						values.add(figure);
					}
					else if (figure.noData()) {
						noData++;
					}
					else {
						withheld++;
					}
				}
				if (values.isEmpty()) {
					continue;
				}
				xml.writeStartElement(NAMESPACE, "group");
				xml.writeAttribute("orgUnit", units.get(AdxMappings.key(group.getKey())));
				xml.writeAttribute("period", sdmx(period));
				for (Figure figure : values) {
					xml.writeEmptyElement(NAMESPACE, "dataValue");
					xml.writeAttribute("dataElement", elements.get(figure.indicator().code()));
					xml.writeAttribute("value", figure.value().stripTrailingZeros().toPlainString());
					sent++;
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The ADX document could not be written", ex);
		}
		if (sent == 0) {
			throw new Refusal("reporting.export.adx.nothing", period.key());
		}
		this.events.publishEvent(new Audited("export.adx", period.key() + " " + level.name(),
				sent + " values, " + withheld + " withheld, " + noData + " with no data"));
		return new DataSet(out.toByteArray(), sent, withheld, noData);
	}

	/** The document as text, for a reader. */
	public static String text(DataSet dataSet) {
		return new String(dataSet.xml(), StandardCharsets.UTF_8);
	}

}

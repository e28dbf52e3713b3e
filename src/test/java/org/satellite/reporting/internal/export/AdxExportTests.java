package org.satellite.reporting.internal.export;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.satellite.platform.Audited;
import org.satellite.platform.Refusal;
import org.satellite.privacy.Disclosure;
import org.satellite.reporting.internal.Audience;
import org.satellite.reporting.internal.OrgUnit;
import org.satellite.reporting.internal.ReportPeriod;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ADX data set from known figures and a known mapping: valid against the ADX schema,
 * periods in SDMX form, codes from the mapping, only what may leave the program, and
 * nothing at all when a code is missing.
 */
class AdxExportTests {

	/**
	 * The real ADX schema, kept beside the project in {@code ../shared/schemas/adx} (with
	 * the SDMX schemas it imports).
	 */
	static final Path SCHEMA = Path.of("..", "shared", "schemas", "adx", "adx_loose.xsd");

	static final ReportPeriod NOVEMBER = ReportPeriod.month(YearMonth.of(2026, 11));

	final KnownFigures figures = new KnownFigures().set(KnownFigures.NEEDLES, KnownFigures.SITE_1, NOVEMBER, "1000")
		.set(KnownFigures.NEEDLES, KnownFigures.SITE_2, NOVEMBER, null, Disclosure.Mark.SMALL)
		.set(KnownFigures.NALOXONE, KnownFigures.SITE_1, NOVEMBER, null, Disclosure.Mark.HIDDEN)
		.set(KnownFigures.NALOXONE, KnownFigures.SITE_2, NOVEMBER, "12")
		.set(KnownFigures.FENTANYL, KnownFigures.ZONE, NOVEMBER, "62.5")
		.set(KnownFigures.RATIO, KnownFigures.SITE_1, NOVEMBER, "0.8");

	final Map<String, String> elements = new LinkedHashMap<>(Map.of("NEEDLES_DISTRIBUTED", "HR_NEEDLES",
			"NALOXONE_KITS", "HR_NALOXONE_KITS", "FENTANYL_IN_EXPECTED_OPIOID", "DC_FENT_PCT"));

	final Map<String, String> units = new LinkedHashMap<>(
			Map.of("SITE:SAT-01", "OU_RIVERSIDE", "SITE:SAT-02", "OU_MONTROYAL", "ZONE:EAST", "OU_EAST"));

	final List<Object> events = new ArrayList<>();

	final AdxExport adx = new AdxExport(this.figures, new AdxMappings(null, this.events::add) {

		@Override
		public Map<String, String> dataElements() {
			return AdxExportTests.this.elements;
		}

		@Override
		public Map<String, String> orgUnits() {
			return AdxExportTests.this.units;
		}

	}, ExportTemplates.TIME, this.events::add);

	@Test
	void sendsWhatMayLeaveTheProgramUnderTheMappedCodesValidAgainstTheSchema() throws Exception {
		AdxExport.DataSet dataSet = this.adx.dataSet(NOVEMBER, OrgUnit.Level.SITE);

		validate(dataSet.xml());
		Document document = parse(dataSet.xml());
		Element root = document.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("adx");
		assertThat(root.getNamespaceURI()).isEqualTo(AdxExport.NAMESPACE);
		assertThat(root.getAttribute("exported")).isEqualTo("2026-12-02T17:00:00Z");
		assertThat(values(document)).containsExactly("OU_RIVERSIDE 2026-11-01/P1M HR_NEEDLES 1000",
				"OU_MONTROYAL 2026-11-01/P1M HR_NALOXONE_KITS 12");
		assertThat(dataSet.sent()).isEqualTo(2);
		assertThat(dataSet.withheld()).isEqualTo(2);
		assertThat(this.figures.asked).containsOnly(Audience.EXTERNAL);
		assertThat(this.events)
			.containsExactly(new Audited("export.adx", "2026-11 SITE", "2 values, 2 withheld, 2 with no data"));
	}

	@Test
	void zonesAndQuartersHaveTheirOwnCodesAndPeriods() throws Exception {
		ReportPeriod quarter = new ReportPeriod(ReportPeriod.Granularity.QUARTER, NOVEMBER.start().withMonth(10));
		this.figures.set(KnownFigures.NEEDLES, KnownFigures.ZONE, quarter, "4410");

		AdxExport.DataSet dataSet = this.adx.dataSet(quarter, OrgUnit.Level.ZONE);

		validate(dataSet.xml());
		assertThat(values(parse(dataSet.xml()))).containsExactly("OU_EAST 2026-10-01/P3M HR_NEEDLES 4410");
	}

	@Test
	void aMissingCodeIsNamedAndNothingIsProduced() {
		this.elements.remove("NALOXONE_KITS");
		this.units.remove("SITE:SAT-02");

		assertThatThrownBy(() -> this.adx.dataSet(NOVEMBER, OrgUnit.Level.SITE)).isInstanceOf(Refusal.class)
			.satisfies((refusal) -> {
				assertThat(((Refusal) refusal).messageCode()).isEqualTo("reporting.export.adx.missing");
				assertThat(((Refusal) refusal).arguments()).containsExactly("NALOXONE_KITS, SAT-02");
				assertThat(ExportTemplates.messages().getMessage((Refusal) refusal, java.util.Locale.ENGLISH))
					.isEqualTo("No ADX file was made: the mapping has no DHIS2 code for NALOXONE_KITS, SAT-02. "
							+ "An admin can add them on the ADX mapping page.");
			});
		assertThat(this.events).isEmpty();
	}

	@Test
	void aMonthWithNothingToSendIsRefusedRatherThanSentEmpty() {
		ReportPeriod october = ReportPeriod.month(YearMonth.of(2026, 10));

		assertThatThrownBy(() -> this.adx.dataSet(october, OrgUnit.Level.SITE)).isInstanceOf(Refusal.class)
			.hasMessageStartingWith("reporting.export.adx.nothing");
		assertThat(this.events).isEmpty();
	}

	@Test
	void theSchemaRefusesAPeriodThatIsNotSdmx() throws Exception {
		String wrong = new String(this.adx.dataSet(NOVEMBER, OrgUnit.Level.SITE).xml(),
				java.nio.charset.StandardCharsets.UTF_8)
			.replace("2026-11-01/P1M", "November");

		assertThatThrownBy(() -> validate(wrong.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.isInstanceOf(SAXException.class);
	}

	/**
	 * Validates against the real ADX schema. Without {@code ../shared/schemas/adx} this
	 * fails, saying what is missing: it is never passed over in silence.
	 */
	static void validate(byte[] xml) throws Exception {
		assertThat(Files.exists(SCHEMA))
			.as("NOT RUN: the ADX schema is missing; this test needs ../shared/schemas/adx/adx_loose.xsd "
					+ "(and its sdmx folder) beside the project")
			.isTrue();
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.newSchema(SCHEMA.toFile()).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
	}

	static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	/** Each data value as "org unit, period, data element, value". */
	static List<String> values(Document document) {
		List<String> values = new ArrayList<>();
		NodeList groups = document.getElementsByTagNameNS(AdxExport.NAMESPACE, "group");
		for (int g = 0; g < groups.getLength(); g++) {
			Element group = (Element) groups.item(g);
			NodeList dataValues = group.getElementsByTagNameNS(AdxExport.NAMESPACE, "dataValue");
			for (int v = 0; v < dataValues.getLength(); v++) {
				Element value = (Element) dataValues.item(v);
				values.add(group.getAttribute("orgUnit") + " " + group.getAttribute("period") + " "
						+ value.getAttribute("dataElement") + " " + value.getAttribute("value"));
			}
		}
		return values;
	}

}

package org.satellite.checking.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.satellite.platform.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvFileTests {

	@Test
	void findsTheSeparatorFromTheHeaderRow() {
		assertThat(CsvFile.parse("Date,Site,Found\n2020-01-01,A,\"x; y\"\n").separator()).isEqualTo(',');
		assertThat(CsvFile.parse("Date;Site;Found\n01/01/2020;A;\"x, y, z\"\n").separator()).isEqualTo(';');
		assertThat(CsvFile.parse("Date\tSite\tFound\n2020-01-01\tA\tx,y\n").separator()).isEqualTo('\t');
		assertThat(CsvFile.parse("\"Date;when\",Site\n2020-01-01,A\n").header()).containsExactly("Date;when", "Site");
	}

	@Test
	void readsCrlfAndLfAlikeAndDropsAByteOrderMark() {
		byte[] bom = "\uFEFFDate;Site\r\n01/02/2020;A\r\n02/02/2020;B\r\n".getBytes(StandardCharsets.UTF_8);
		CsvFile.Parsed parsed = CsvFile.parse(CsvFile.text(bom));

		assertThat(parsed.header()).containsExactly("Date", "Site");
		assertThat(parsed.records()).hasSize(2);
		assertThat(parsed.records().get(1).get("Site")).isEqualTo("B");
	}

	@Test
	void saysAFileInAnotherEncodingIsNotUtf8AndOnWhichLine() {
		byte[] latin1 = "Date;Site\n01/02/2020;A\n01/02/2020;Café\n".getBytes(Charset.forName("windows-1252"));

		Refusal refusal = catchThrowableOfType(Refusal.class, () -> CsvFile.text(latin1));

		assertThat(refusal.messageCode()).isEqualTo("checking.error.notUtf8");
		assertThat(refusal.arguments()).containsExactly(3L);
	}

	@Test
	void saysAFileInUtf16IsUtf16() {
		byte[] utf16 = "Date;Site\n".getBytes(StandardCharsets.UTF_16LE);
		byte[] withBom = new byte[utf16.length + 2];
		withBom[0] = (byte) 0xFF;
		withBom[1] = (byte) 0xFE;
		System.arraycopy(utf16, 0, withBom, 2, utf16.length);

		assertThat(catchThrowableOfType(Refusal.class, () -> CsvFile.text(withBom)).messageCode())
			.isEqualTo("checking.error.utf16");
	}

	@Test
	void readsWithTheSeparatorItIsGivenAndTellsTheOneTheHeaderUses() {
		CsvFile.Parsed parsed = CsvFile.parse("Date;Site\n01/02/2020;A\n", ',');

		assertThat(parsed.header()).containsExactly("Date;Site");
		assertThat(parsed.detected()).isEqualTo(';');
	}

}

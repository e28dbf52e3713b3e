package org.satellite.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTests {

	@Test
	void writesTheSamePhoneTheSameWayHoweverItWasTyped() {
		assertThat(PhoneNumbers.normalise("(416) 555-0101")).hasValue("+14165550101");
		assertThat(PhoneNumbers.normalise("416.555.0101")).hasValue("+14165550101");
		assertThat(PhoneNumbers.normalise("+1 416 555 0101")).hasValue("+14165550101");
		assertThat(PhoneNumbers.normalise("14165550101")).hasValue("+14165550101");
	}

	@Test
	void refusesWhatIsNotANorthAmericanPhoneNumber() {
		assertThat(PhoneNumbers.normalise("555-0101")).isEmpty();
		assertThat(PhoneNumbers.normalise("+44 20 7946 0958")).isEmpty();
		assertThat(PhoneNumbers.normalise("call me")).isEmpty();
		assertThat(PhoneNumbers.normalise("011 555 0101")).isEmpty();
		assertThat(PhoneNumbers.normalise(null)).isEmpty();
	}

	@Test
	void masksAllButTheLastTwoDigits() {
		assertThat(PhoneNumbers.masked("+14165550101")).endsWith("01").doesNotContain("4165550");
	}

}

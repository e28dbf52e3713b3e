package org.satellite.privacy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactDetailsTests {

	@ParameterizedTest
	@ValueSource(strings = { "call her at 416-555-0123 tomorrow", "(416) 555 0123", "416.555.0123", "4165550123",
			"+1 416 555 0123", "1-416-555-0123", "+14165550123", "tel 555-0123", "new number 555 0123",
			"appelle au 514 555-0199", "+33 1 23 45 67 89", "+44 20 7946 0958" })
	void findsPhoneNumbersInTheWaysPeopleWriteThem(String text) {
		assertThat(ContactDetails.in(text)).extracting(ContactDetails.Found::kind)
			.containsExactly(ContactDetails.Kind.PHONE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "write to someone@example.org", "SOMEONE.ELSE+notes@mail.example.ca",
			"quelqu.un [at] example.com", "name (at) example.net" })
	void findsEmailAddressesAlsoWhenTheAtIsSpelledOut(String text) {
		assertThat(ContactDetails.in(text)).extracting(ContactDetails.Found::kind)
			.containsExactly(ContactDetails.Kind.EMAIL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Handed out 1500 needles and 40 kits", "Visit on 2026-11-23 at 10:30, 45 minutes",
			"2026-11-23 10:30", "Stock 120, threshold 150, asked for 300", "Police came by twice, 2 incidents",
			"Paid $250.00 on 11/20", "lot DEMO-2026-11 expires 2028-05-31", "" })
	void leavesCountsDatesAndAmountsAlone(String text) {
		assertThat(ContactDetails.in(text)).isEmpty();
	}

	@Test
	void findsEveryContactDetailInOrderByPositionWithoutRepeatingIt() {
		String text = "Met at the site. Email x@example.org or call 416 555 0123.";

		List<ContactDetails.Found> found = ContactDetails.in(text);

		assertThat(found).extracting(ContactDetails.Found::kind)
			.containsExactly(ContactDetails.Kind.EMAIL, ContactDetails.Kind.PHONE);
		assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo("416 555 0123");
	}

	@Test
	void aNullTextHoldsNothing() {
		assertThat(ContactDetails.anyIn(null)).isFalse();
	}

}

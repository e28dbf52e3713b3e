package org.satellite.messaging;

import org.satellite.messaging.internal.sms.SmsEncoding;

/**
 * How long a text is as SMS: its encoding and how many segments it takes.
 *
 * <p>
 * A text goes out in GSM 7-bit when every character is in the GSM 03.38 alphabet (160
 * characters in one segment, 153 per segment when concatenated, the extension characters
 * such as {@code €} counting twice), otherwise in UCS-2 (70 characters, 67 per segment).
 * French letters GSM lacks (â, ê, î, ô, û, ç, ë, ï) therefore make a text UCS-2.
 *
 * @param characters the number of characters
 * @param units how many septets (GSM) or UTF-16 code units (UCS-2) the text takes
 * @param segments how many SMS segments it goes out in
 * @param unicode whether it needs UCS-2
 */
public record SmsLength(int characters, int units, int segments, boolean unicode) {

	public static SmsLength of(String text) {
		return SmsEncoding.measure(text);
	}

}

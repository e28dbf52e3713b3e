package org.satellite.platform;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code for a link printed on paper (a poster, a result slip), drawn as an SVG that a
 * page embeds as it is: no image request, no script, and sharp at any print size.
 *
 * <p>
 * The matrix comes from ZXing; this class only draws it. Error correction is level M (15
 * %), enough for a poster that gets a crease or a smudge, and the quiet zone is the four
 * modules the standard asks for, so that phone cameras find the code against a printed
 * background.
 */
public final class QrCode {

	private static final int QUIET_ZONE = 4;

	private QrCode() {
	}

	/**
	 * An {@code <svg>} element showing the QR code of the text.
	 * @param text what a phone reads from the code, usually a link
	 * @param label the code's accessible name, such as the link in words; {@code null}
	 * when the page names it around the code, which is then hidden from screen readers
	 * @throws IllegalArgumentException when the text is too long for a QR code
	 */
	public static String svg(String text, String label) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Too long for a QR code: " + text.length() + " characters", ex);
		}
		int size = matrix.getWidth() + 2 * QUIET_ZONE;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append("h1v1h-1z");
				}
			}
		}
		String named = (label != null) ? "role=\"img\" aria-label=\"" + escape(label) + "\"" : "aria-hidden=\"true\"";
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" " + named + " viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
				+ "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}

}

package org.htmacademy.transcript;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** What a self-reported activity may hold; the page tells the learner before the service refuses. */
public final class ActivityLimits {

	/** A week-long course is about 40 hours; more than this in one line is almost certainly a typing mistake. */
	public static final BigDecimal MAX_CONTACT_HOURS = new BigDecimal("100");

	public static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

	public static final int MAX_TITLE = 300;

	public static final int MAX_PROVIDER = 200;

	static final int MAX_FILE_NAME = 200;

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private ActivityLimits() {
	}

	/** Whether the bytes start like a PDF file; the name and the browser's content type prove nothing. */
	public static boolean looksLikePdf(byte[] content) {
		return content.length >= PDF_MAGIC.length
				&& Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
	}

}

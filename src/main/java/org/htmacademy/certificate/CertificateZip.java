package org.htmacademy.certificate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.htmacademy.certificate.pdf.CertificatePdf;
import org.htmacademy.certificate.repository.CertificateRow;
import org.htmacademy.common.CsvField;

/**
 * Certificates as one ZIP: a PDF per certificate, named by learner and number, and {@code manifest.csv} listing them,
 * UTF-8 with a byte order mark so that spreadsheet programs read the names right.
 */
final class CertificateZip {

	static final String MANIFEST = "manifest.csv";

	private static final String HEADER = "file,certificate_number,learner_name,course_title,course_version,"
			+ "completed_on,time_zone,contact_hours,ceus,verification_url\r\n";

	private CertificateZip() {
	}

	static void write(List<CertificateRow> rows, CertificateSettings settings, OutputStream out, ZipProgress progress) {
		StringBuilder manifest = new StringBuilder("\uFEFF").append(HEADER);
		try {
			ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
			int done = 0;
			for (CertificateRow row : rows) {
				String file = fileName(row);
				zip.putNextEntry(entry(file, row));
				zip.write(CertificatePdf.render(Certificates.document(row, settings)));
				zip.closeEntry();
				manifest.append(csvLine(file, row, settings));
				progress.written(++done, rows.size());
			}
			zip.putNextEntry(new ZipEntry(MANIFEST));
			zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the certificates' ZIP", e);
		}
	}

	/** e.g. {@code Zoë Ødegård - HTMA-2026-7KQ2M-9XD4S.pdf}; the number keeps two learners of one name apart. */
	static String fileName(CertificateRow row) {
		String name = row.learnerName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return name + " - " + row.number() + ".pdf";
	}

	private static ZipEntry entry(String file, CertificateRow row) {
		ZipEntry entry = new ZipEntry(file);
		entry.setTime(row.issuedAt().toEpochMilli());
		return entry;
	}

	private static String csvLine(String file, CertificateRow row, CertificateSettings settings) {
		return String.join(",", csv(file), csv(row.number()), csv(row.learnerName()), csv(row.courseTitle()),
				csv(row.versionLabel()), row.completedAt().atZone(ZoneId.of(row.timeZone())).toLocalDate().toString(),
				csv(row.timeZone()), row.contactHours().stripTrailingZeros().toPlainString(),
				row.ceus().stripTrailingZeros().toPlainString(),
				csv(settings.verificationUrl(new VerificationCode(row.verificationCode())))) + "\r\n";
	}

	/**
	 * RFC 4180 quoting; a text a spreadsheet would take for a formula (a name typed as {@code =HYPERLINK(…)}) gets a
	 * leading apostrophe, as OWASP advises against CSV injection.
	 */
	static String csv(String value) {
		return CsvField.alwaysQuoted(value);
	}

}

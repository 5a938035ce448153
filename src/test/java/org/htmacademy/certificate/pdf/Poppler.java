package org.htmacademy.certificate.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Reads and draws PDFs with poppler, as a learner's viewer would, rather than with PDFBox, which wrote them. */
public final class Poppler {

	private Poppler() {
	}

	/** What {@code pdftotext} extracts, in UTF-8. */
	public static String text(byte[] pdf) throws IOException, InterruptedException {
		Path file = Files.createTempFile("poppler", ".pdf");
		try {
			Files.write(file, pdf);
			return new String(run("pdftotext", "-enc", "UTF-8", file.toString(), "-"), StandardCharsets.UTF_8);
		}
		finally {
			Files.delete(file);
		}
	}

	/** Draws the first page as a PNG, for a person to look at. */
	public static void png(byte[] pdf, Path png, int dpi) throws IOException, InterruptedException {
		Path file = Files.createTempFile("poppler", ".pdf");
		try {
			Files.write(file, pdf);
			Files.createDirectories(png.getParent());
			String stem = png.toString().replaceFirst("\\.png$", "");
			run("pdftoppm", "-png", "-r", Integer.toString(dpi), "-singlefile", "-f", "1", "-l", "1", file.toString(),
					stem);
		}
		finally {
			Files.delete(file);
		}
	}

	private static byte[] run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		byte[] out = process.getInputStream().readAllBytes();
		if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed");
		}
		return out;
	}

}

package org.htmacademy.transcript;

import static org.htmacademy.transcript.TranscriptStyle.GRAY;
import static org.htmacademy.transcript.TranscriptStyle.INK;
import static org.htmacademy.transcript.TranscriptStyle.NAVY;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.htmacademy.certificate.pdf.ArchivalMetadata;
import org.htmacademy.certificate.pdf.Canvas;
import org.htmacademy.certificate.pdf.Canvas.Align;
import org.htmacademy.certificate.pdf.FittedText;
import org.htmacademy.certificate.pdf.Printable;
import org.htmacademy.common.print.NameFaces;

/**
 * Renders a CE transcript as a PDF/A-2b document on Letter pages, with the certificate's fonts and archival
 * metadata, so it prints every learner's name as spelled and the same transcript always gives the same bytes.
 * Thread-safe.
 */
public final class TranscriptPdf {

	private TranscriptPdf() {
	}

	/** @throws IllegalArgumentException when a text holds a character the DejaVu fonts cannot print */
	public static byte[] render(TranscriptDocument transcript) {
		try (PDDocument pdf = new PDDocument()) {
			pdf.setVersion(1.7f);
			TranscriptStyle style = TranscriptStyle.embedIn(pdf);
			requirePrintable(transcript, style);
			Block learner = NameFaces.printsWithDejaVu(transcript.learnerName())
					? InfoRows.row("Learner", transcript.learnerName(), style.bold(), 12, style)
					: LearnerRow.of(pdf, NameFaces.installed().shape(transcript.learnerName()), style);
			List<List<Block>> pages = Pagination.pages(blocks(transcript, style, learner),
					TranscriptStyle.TOP - TranscriptStyle.BOTTOM);
			for (int i = 0; i < pages.size(); i++) {
				PDPage page = new PDPage(TranscriptStyle.PAGE);
				pdf.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
					Canvas canvas = new Canvas(content);
					float y = TranscriptStyle.TOP;
					for (Block block : pages.get(i)) {
						block.draw(canvas, y);
						y -= block.height();
					}
					footer(canvas, transcript, style, i + 1, pages.size());
				}
			}
			RenewalProgress progress = transcript.progress();
			ArchivalMetadata.apply(pdf, new ArchivalMetadata.Description(
					"CE Transcript: " + transcript.learnerName() + " – " + progress.certification().code() + " "
							+ Figures.period(progress.period()),
					transcript.providerName(), "Continuing education transcript",
					"continuing education; CE; transcript; CEU; contact hours; " + progress.certification().code()),
					transcript.generatedAt(), transcript.learnerName() + "|" + progress.certification().code() + "|"
							+ progress.period() + "|" + transcript.generatedAt());
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot render the transcript of " + transcript.learnerName(), e);
		}
	}

	private static List<Block> blocks(TranscriptDocument transcript, TranscriptStyle style, Block learner) {
		RenewalProgress progress = transcript.progress();
		CertificationRules certification = progress.certification();
		float width = TranscriptStyle.RIGHT - TranscriptStyle.LEFT;
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Paragraph(TranscriptStyle.line(transcript.providerName(), style.bold(), 10, width), NAVY, 0, 2));
		blocks.add(new Paragraph(TranscriptStyle.line("Continuing Education Transcript", style.serifBold(), 22, width),
				NAVY, 0, 10));
		blocks.add(learner);
		blocks.add(InfoRows.row("Certification", certification.code() + " · " + certification.name(), style.sans(), 9,
				style));
		blocks.add(InfoRows.row("Period", Figures.period(progress.period()) + " (CEUs due by "
				+ Figures.date(progress.period().deadline()) + ")", style.sans(), 9, style));
		blocks.add(InfoRows.row("Generated", Figures.date(transcript.generatedAt().toLocalDate()), style.sans(), 9,
				style));
		blocks.add(new Paragraph(TranscriptStyle.line("Continuing education in this period", style.bold(), 11, width),
				NAVY, 16, 4));
		if (progress.entries().isEmpty()) {
			blocks.add(new Paragraph(TranscriptStyle.line("No continuing education is recorded in this period.",
					style.sans(), 9, width), INK, 2, 0));
		}
		blocks.addAll(EntryTable.rows(progress.entries(), style));
		blocks.add(new Paragraph(TranscriptStyle.line(EntryTable.HTM_ACADEMY_MARK + ": certificate issued by "
				+ "HTM Academy; anyone can verify it by its certificate number, without an account, at the address "
				+ "printed beside the certificate's QR code. Self-reported (tinted rows): entered by the "
				+ "learner, not verified by HTM Academy. CEUs: " + Figures.number(certification.contactHoursPerCeu())
				+ " contact hours = 1 CEU under the " + certification.code() + " rules; CEUs stated directly have no "
				+ "hours.", style.sans(), 7, width), GRAY, 6, 0));
		blocks.add(TotalsTable.of(progress, style));
		return blocks;
	}

	private static void footer(Canvas canvas, TranscriptDocument transcript, TranscriptStyle style, int page,
			int pages) throws IOException {
		float y = TranscriptStyle.BOTTOM - 18;
		canvas.line(TranscriptStyle.LEFT, y + 4, TranscriptStyle.RIGHT, y + 4, TranscriptStyle.RULE, 0.5f);
		// a name in a shaped script is on the first page only: the footer's font prints Latin, Greek and Cyrillic
		String name = NameFaces.printsWithDejaVu(transcript.learnerName()) ? transcript.learnerName() + " · " : "";
		FittedText left = TranscriptStyle.line(name + transcript.progress().certification().code() + " · "
				+ Figures.period(transcript.progress().period()), style.sans(), 7, 400);
		canvas.text(left, GRAY, 0, Align.LEFT, TranscriptStyle.LEFT, y);
		canvas.text(TranscriptStyle.line("Page " + page + " of " + pages, style.sans(), 7, 100), GRAY, 0, Align.RIGHT,
				TranscriptStyle.RIGHT, y);
	}

	private static void requirePrintable(TranscriptDocument transcript, TranscriptStyle style) {
		if (NameFaces.printsWithDejaVu(transcript.learnerName())) {
			Printable.require("learner name", transcript.learnerName(), style.bold());
		}
		Printable.require("provider name", transcript.providerName(), style.bold());
		CertificationRules certification = transcript.progress().certification();
		Printable.require("certification name", certification.name(), style.sans());
		for (CategoryRule category : certification.categories()) {
			Printable.require("category", category.code() + " " + category.name() + " " + category.note(),
					style.sans());
		}
		for (RenewalProgress.CountedEntry counted : transcript.progress().entries()) {
			CeEntry entry = counted.entry();
			Printable.require("activity title", entry.title(), style.sans());
			Printable.require("provider", entry.provider(), style.sans());
			if (entry.certificateNumber() != null) {
				Printable.require("certificate number", entry.certificateNumber(), style.sans());
			}
		}
	}

}

package org.htmacademy.certificate.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.util.Version;

/**
 * PDF/A-2b identification, document information and a fixed file ID. Dates come from the document's own date (a
 * certificate's completion) and the ID from a stable text (its number), so rendering it again gives the very same
 * bytes. Public for the other archival documents, such as transcripts.
 */
public final class ArchivalMetadata {

	private static final String SRGB = "sRGB IEC61966-2.1";

	/** Read once: PDFBox reads its version from a resource file at every call. */
	private static final String PRODUCER = "HTM Academy with Apache PDFBox " + Version.getVersion();

	private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private ArchivalMetadata() {
	}

	/** What the document information and XMP say about a document. */
	public record Description(String title, String author, String subject, String keywords) {
	}

	static void apply(PDDocument pdf, CertificateDocument certificate) throws IOException {
		apply(pdf, new Description("Certificate of Completion: " + certificate.courseTitle() + " – "
				+ certificate.learnerName(), certificate.providerName(),
				"CE certificate " + certificate.certificateNumber(),
				"continuing education; CE; contact hours; CEU; HTM; biomedical equipment technician"),
				certificate.completedAt(), certificate.certificateNumber());
	}

	/**
	 * @param date the creation and modification date written into the file
	 * @param idSeed a text that identifies this document; the file ID is derived from it
	 */
	public static void apply(PDDocument pdf, Description description, ZonedDateTime date, String idSeed)
			throws IOException {
		ZonedDateTime issued = date.truncatedTo(ChronoUnit.SECONDS);
		Info info = new Info(description.title(), description.author(), description.subject(),
				description.keywords(), "HTM Academy", PRODUCER);

		PDDocumentInformation information = pdf.getDocumentInformation();
		information.setTitle(info.title());
		information.setAuthor(info.author());
		information.setSubject(info.subject());
		information.setKeywords(info.keywords());
		information.setCreator(info.creator());
		information.setProducer(info.producer());
		information.setCreationDate(GregorianCalendar.from(issued));
		information.setModificationDate(GregorianCalendar.from(issued));

		PDMetadata metadata = new PDMetadata(pdf);
		metadata.importXMPMetadata(xmp(info, issued).getBytes(StandardCharsets.UTF_8));
		pdf.getDocumentCatalog().setMetadata(metadata);

		PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB_PROFILE));
		intent.setInfo(SRGB);
		intent.setOutputCondition(SRGB);
		intent.setOutputConditionIdentifier(SRGB);
		intent.setRegistryName("http://www.color.org");
		pdf.getDocumentCatalog().addOutputIntent(intent);

		COSString id = new COSString(sha256(idSeed, 16));
		COSArray ids = new COSArray();
		ids.add(id);
		ids.add(id);
		pdf.getDocument().setDocumentID(ids);
	}

	private record Info(String title, String author, String subject, String keywords, String creator,
			String producer) {
	}

	// The Info dictionary and XMP must agree field by field for PDF/A, so both are written from one Info.
	private static String xmp(Info info, ZonedDateTime issued) {
		String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(issued);
		return """
				<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
				<x:xmpmeta xmlns:x="adobe:ns:meta/">
				<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
				<rdf:Description rdf:about=""
				 xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
				 xmlns:dc="http://purl.org/dc/elements/1.1/"
				 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
				 xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
				<pdfaid:part>2</pdfaid:part>
				<pdfaid:conformance>B</pdfaid:conformance>
				<dc:format>application/pdf</dc:format>
				<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
				<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
				<dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
				<pdf:Keywords>%s</pdf:Keywords>
				<pdf:Producer>%s</pdf:Producer>
				<xmp:CreatorTool>%s</xmp:CreatorTool>
				<xmp:CreateDate>%s</xmp:CreateDate>
				<xmp:ModifyDate>%s</xmp:ModifyDate>
				<xmp:MetadataDate>%s</xmp:MetadataDate>
				</rdf:Description>
				</rdf:RDF>
				</x:xmpmeta>
				<?xpacket end="r"?>
				""".formatted(xml(info.title()), xml(info.author()), xml(info.subject()), xml(info.keywords()),
				xml(info.producer()), xml(info.creator()), date, date, date);
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static byte[] sha256(String text, int length) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return java.util.Arrays.copyOf(digest, length);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every JDK has SHA-256", e);
		}
	}

}

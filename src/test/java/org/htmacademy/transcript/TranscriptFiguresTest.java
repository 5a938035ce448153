package org.htmacademy.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.certificate.CertificateAdministration;
import org.htmacademy.certificate.IssuedCertificate;
import org.htmacademy.certificate.pdf.PdfChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The transcript's figures on a real database, with a certificate earned by completing a course. */
@HtmSpringTest
@Import({ SignIn.class, Learners.class })
class TranscriptFiguresTest {

	@TempDir
	Path tree;

	@Autowired
	TranscriptService transcripts;

	@Autowired
	CertificateAdministration administration;

	@Autowired
	Learners learners;

	@Autowired
	SignIn signIn;

	LocalDate today;

	String learner;

	@BeforeEach
	void aLearner() {
		learner = learners.signInNew("Zoë Ødegård-Łukasiewicz");
		today = transcripts.today();
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void a_valid_certificate_counts_in_the_courses_category_and_a_revoked_one_is_listed_but_not_counted() {
		IssuedCertificate certificate = learners.completeACourse(tree);
		transcripts.holdCertification("CBET", today.minusYears(1));
		add("Defibrillator analyzer workshop", today.minusDays(20), "8", "IV");

		Transcript transcript = transcripts.myTranscript("CBET");
		assertThat(transcript.entries()).extracting(TranscriptEntry::title, TranscriptEntry::source,
				TranscriptEntry::category, TranscriptEntry::certificateNumber)
			.as("newest first")
			.containsExactly(
					tuple("Electrical Safety Testing Basics", EntrySource.HTM_ACADEMY,
							"IV", certificate.number()),
					tuple("Defibrillator analyzer workshop", EntrySource.SELF_REPORTED,
							"IV", null));
		TranscriptEntry course = transcript.entries().getFirst();
		assertThat(course.completedOn()).isEqualTo(today);
		assertThat(course.provider()).isEqualTo("HTM Academy");
		assertThat(course.contactHours()).isEqualByComparingTo("0.25");
		assertThat(course.ceus()).isEqualByComparingTo("0.025");
		assertThat(transcript.entries().get(1).ceus()).isEqualByComparingTo("0.8");
		assertThat(transcript.ceus()).isEqualByComparingTo("0.825");
		RenewalProgress progress = transcripts.myProgress("CBET");
		assertThat(progress.counted()).isEqualByComparingTo("0.825");
		assertThat(progress.remaining()).isEqualByComparingTo("29.175");
		assertThat(category(progress, "IV").earned()).isEqualByComparingTo("0.825");

		signIn.as("admin@example.com");
		administration.revoke(certificate.number(), "Exam taken by someone else");
		signIn.as(learner);

		TranscriptEntry revoked = transcripts.myTranscript("CBET").entries().getFirst();
		assertThat(revoked.certificateNumber()).isEqualTo(certificate.number());
		assertThat(revoked.counts()).isFalse();
		assertThat(revoked.notCounted()).isEqualTo("Revoked: does not count");
		assertThat(transcripts.myTranscript("CBET").ceus()).isEqualByComparingTo("0.8");
		assertThat(transcripts.myProgress("CBET").counted()).isEqualByComparingTo("0.8");
	}

	@Test
	void the_current_period_starts_on_the_certification_date_caps_categories_and_ends_on_31_december() {
		LocalDate certified = today.minusYears(2);
		transcripts.holdCertification("CBET", certified);
		add("The day before", certified.minusDays(1), "10", "IV");
		add("On the first day", certified, "10", "IV");
		add("Chaired the HTM committee", certified.plusDays(10), "100", "II");
		add("Chaired the HTM committee, second year", certified.plusDays(10), "60", "II");
		add("Earned CHTM", certified.plusDays(30), "20", "I");

		RenewalProgress progress = transcripts.myProgress("CBET");

		assertThat(progress.period().start()).isEqualTo(certified);
		assertThat(progress.period().deadline()).isEqualTo(LocalDate.of(certified.getYear() + 3, 12, 31));
		assertThat(category(progress, "II").earned()).isEqualByComparingTo("16");
		assertThat(category(progress, "II").counted()).as("capped at 15").isEqualByComparingTo("15");
		assertThat(category(progress, "I").counted()).isEqualByComparingTo("2");
		assertThat(category(progress, "IV").counted()).as("the day before the period does not count")
			.isEqualByComparingTo("1");
		assertThat(progress.counted()).isEqualByComparingTo("18");
		assertThat(progress.remaining()).isEqualByComparingTo("12");

		RenewalProgress custom = transcripts.myProgress("CBET", certified.plusDays(1), certified.plusDays(10));
		assertThat(custom.entries()).extracting(e -> e.entry().title())
			.containsExactly("Chaired the HTM committee", "Chaired the HTM committee, second year");
		RenewalProgress firstDayOnly = transcripts.myProgress("CBET", certified, certified);
		assertThat(firstDayOnly.entries()).extracting(e -> e.entry().title()).containsExactly("On the first day");
		assertThatThrownBy(() -> transcripts.myProgress("CBET", certified, certified.minusDays(1)))
			.isInstanceOf(TranscriptException.class)
			.hasMessage("The period must end on or after its first day.");
	}

	@Test
	void the_pdf_export_is_pdf_a_with_every_entry_of_the_period_and_the_csv_has_the_same_rows() throws Exception {
		IssuedCertificate certificate = learners.completeACourse(tree);
		transcripts.holdCertification("CBET", today.minusYears(1));
		add("Vendor course: patient monitor service, \"advanced\"", today.minusDays(40), "12.5", "IV");
		add("Before the period", today.minusYears(2), "3", "IV");
		RenewalPeriod period = transcripts.myProgress("CBET").period();

		ExportedFile pdf = transcripts.exportPdf("CBET", period.start(), period.deadline());

		assertThat(pdf.fileName()).isEqualTo("ce-transcript-CBET-" + period.start() + "-to-" + period.deadline() + ".pdf");
		assertThat(pdf.mediaType()).isEqualTo("application/pdf");
		assertThat(PdfChecks.isPdfA2b(pdf.content())).isTrue();
		String text = PdfChecks.text(pdf.content()).replaceAll("\\s+", " ");
		assertThat(text).contains("Zoë Ødegård-Łukasiewicz", "Electrical Safety Testing Basics", certificate.number(),
				"Vendor course: patient monitor service", "Self-reported", "Certified Biomedical Equipment Technician")
			.doesNotContain("Before the period");

		ExportedFile csv = transcripts.exportCsv("CBET", period.start(), period.deadline());
		assertThat(csv.mediaType()).isEqualTo("text/csv; charset=UTF-8");
		assertThat(Arrays.copyOf(csv.content(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(csv.content(), 3, csv.content().length - 3, StandardCharsets.UTF_8).lines()
			.toList();
		assertThat(lines).containsExactly(
				"Date,Course or activity,Provider,Category,Contact hours,CEUs,Certificate number,Source",
				today.minusDays(40) + ",\"Vendor course: patient monitor service, \"\"advanced\"\"\",Baxter Learning Center,"
						+ "IV,12.5,1.25,,Self-reported",
				today + ",Electrical Safety Testing Basics,HTM Academy,IV,0.25,0.025," + certificate.number()
						+ ",HTM Academy");

		String empty = PdfChecks.text(transcripts.exportPdf("CBET", today.minusYears(30), today.minusYears(29))
			.content());
		assertThat(empty).contains("No continuing education is recorded in this period.");
	}

	private void add(String title, LocalDate completedOn, String hours, String category) {
		transcripts.addActivity(new ActivityDraft(title, "Baxter Learning Center", completedOn, new BigDecimal(hours),
				category, AttachmentChange.KEEP));
	}

	private static CategoryTotal category(RenewalProgress progress, String code) {
		return progress.categories().stream().filter(c -> c.category().code().equals(code)).findFirst().orElseThrow();
	}

}

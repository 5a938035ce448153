package org.htmacademy.transcript.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.certificate.IssuedCertificate;
import org.htmacademy.transcript.ActivityDraft;
import org.htmacademy.transcript.AttachmentChange;
import org.htmacademy.transcript.Learners;
import org.htmacademy.transcript.TranscriptService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@HtmSpringTest
@Import({ SignIn.class, Learners.class })
@ViewPackages(packages = "org.htmacademy")
class TranscriptViewTest extends SpringBrowserlessTest {

	static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@TempDir
	Path tree;

	@Autowired
	Learners learners;

	@Autowired
	TranscriptService transcripts;

	@Autowired
	SignIn signIn;

	LocalDate today;

	@BeforeEach
	void aLearner() {
		learners.signInNew("Ray Okafor");
		today = transcripts.today();
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void a_learner_adds_an_activity_with_its_pdf_in_the_dialog_and_it_is_marked_self_reported() {
		TranscriptView view = navigate(TranscriptView.class);
		assertThat(view.entries.summary.getText()).startsWith("Nothing recorded yet.");

		test(view.entries.add).click();
		ActivityDialog dialog = find(ActivityDialog.class).single();
		test(dialog.save).click();
		assertThat(dialog.title.isInvalid()).isTrue();
		assertThat(dialog.title.getErrorMessage()).isEqualTo("Enter the title of the course or activity.");
		assertThat(dialog.category.getErrorMessage()).isEqualTo("Choose the renewal category it counts in.");

		test(dialog.title).setValue("Infusion pump service school");
		test(dialog.provider).setValue("Baxter Learning Center");
		test(dialog.completedOn).setValue(today.minusDays(5));
		dialog.contactHours.setValue(new BigDecimal("8"));
		test(dialog.category).selectItem("IV · Professional development");
		test(dialog.upload).upload("notes.txt", "text/plain", "not a pdf".getBytes(StandardCharsets.UTF_8));
		assertThat(dialog.attachmentError.getText()).isEqualTo("Attach a PDF file; notes.txt is not one.");
		test(dialog.upload).upload("pump-school.pdf", "application/pdf", PDF);
		assertThat(dialog.attachmentError.getText()).isEmpty();
		assertThat(dialog.attachmentStatus.getText()).startsWith("To attach: pump-school.pdf");
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isFalse();
		String table = view.entries.table.getElement().getTextRecursively();
		assertThat(table).contains("Infusion pump service school", "Baxter Learning Center", "8", "0.8", "IV",
				"Self-reported", "Attached PDF");
		assertThat(view.entries.summary.getText())
			.startsWith("1 activity counts: 8 contact hours, 0.8 CEUs before category caps, under the CBET rules");
		assertThat(transcripts.myActivities().getFirst().attachmentName()).isEqualTo("pump-school.pdf");
		ByteArrayOutputStream attachment = new ByteArrayOutputStream();
		test(find(Anchor.class).withText("Attached PDF").single()).download(attachment);
		assertThat(attachment.toByteArray()).isEqualTo(PDF);
	}

	@Test
	void editing_fills_the_dialog_and_deleting_asks_first() {
		navigate(TranscriptView.class);
		test(find(Button.class).withText("Add CE activity").single()).click();
		ActivityDialog adding = find(ActivityDialog.class).single();
		test(adding.title).setValue("Ventilator course");
		test(adding.provider).setValue("Hamilton Medical");
		test(adding.completedOn).setValue(today.minusDays(1));
		adding.contactHours.setValue(new BigDecimal("4"));
		test(adding.category).selectItem("IV · Professional development");
		test(adding.save).click();
		TranscriptView view = (TranscriptView) getCurrentView();

		test(find(Button.class).withText("Edit").single()).click();
		ActivityDialog editing = find(ActivityDialog.class).single();
		assertThat(editing.title.getValue()).isEqualTo("Ventilator course");
		assertThat(editing.contactHours.getValue()).isEqualByComparingTo("4");
		editing.contactHours.setValue(new BigDecimal("6.5"));
		test(editing.save).click();
		assertThat(view.entries.table.getElement().getTextRecursively()).contains("6.5", "0.65");

		test(find(Button.class).withText("Delete").single()).click();
		test(find(ConfirmDialog.class).single()).confirm();
		assertThat(transcripts.myActivities()).isEmpty();
		assertThat(view.entries.summary.getText()).startsWith("Nothing recorded yet.");
	}

	@Test
	void the_tracker_shows_the_period_deadline_and_ceus_counted_and_remaining_with_a_chart_and_the_rules_source() {
		IssuedCertificate certificate = learners.completeACourse(tree);
		LocalDate certified = today.minusYears(1);
		transcripts.addActivity(new ActivityDraft("Leadership: HTM department lead",
				"Memorial Hospital", today.minusDays(2), new BigDecimal("100"), "II",
				AttachmentChange.KEEP));
		transcripts.addActivity(new ActivityDraft("Leadership: AAMI committee chair",
				"AAMI", today.minusDays(3), new BigDecimal("60"), "II",
				AttachmentChange.KEEP));
		TranscriptView view = navigate(TranscriptView.class);
		assertThat(view.tracker.progress.getChildren()).isEmpty();

		test(view.tracker.certification).selectItem("CBET · Certified Biomedical Equipment Technician");
		test(view.tracker.certifiedOn).setValue(certified);
		test(view.tracker.hold).click();

		assertThat(figure("renewal-period")).isEqualTo(date(certified) + " – December 31, " + (certified.getYear() + 3));
		assertThat(figure("renewal-deadline")).isEqualTo("December 31, " + (certified.getYear() + 3));
		assertThat(figure("renewal-counted")).as("0.025 from the course, 16 in category II capped at 15")
			.isEqualTo("15.025 of 30 CEUs");
		assertThat(figure("renewal-remaining")).isEqualTo("14.975 CEUs");
		String categories = view.tracker.progress.getElement().getTextRecursively();
		assertThat(categories).contains("II · Leadership roles", "16", "15 (capped)", "IV · Professional development",
				"0.025", "Cap not confirmed with ACI.");
		String chart = find(Div.class).withId("renewal-chart").single()
			.getElement()
			.getProperty("innerHTML");
		assertThat(chart).startsWith("<svg").contains("role=\"img\"", "aria-label=\"CBET renewal: 15.025 of 30 CEUs");
		assertThat(find(Paragraph.class).withId("rules-source").single().getElement()
			.getTextRecursively()).contains("Maintain Your ACI Certification", "checked November 21, 2026",
					"10 contact hours = 1 CEU", "category IV");
		assertThat(view.entries.table.getElement().getTextRecursively()).contains("HTM Academy — verified",
				certificate.number(), "Electrical Safety Testing Basics");
		assertThat(view.tracker.heldList.getElement().getTextRecursively())
			.contains("CBET · Certified Biomedical Equipment Technician · certified " + date(certified));
	}

	@Test
	void the_export_downloads_the_current_period_as_pdf_and_csv_and_refuses_a_backwards_period() throws Exception {
		IssuedCertificate certificate = learners.completeACourse(tree);
		transcripts.holdCertification("CBET", today.minusYears(1));
		TranscriptView view = navigate(TranscriptView.class);
		ExportPanel export = view.export;
		assertThat(export.period.getValue()).isEqualTo(ExportPanel.CURRENT);
		assertThat(export.first.getValue()).isEqualTo(today.minusYears(1));

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		test(export.pdf).download(pdf);
		assertThat(new String(pdf.toByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		test(export.csv).download(csv);
		assertThat(csv.toString(StandardCharsets.UTF_8)).contains(certificate.number(), "HTM Academy");

		test(export.period).selectItem(ExportPanel.CUSTOM);
		test(export.first).setValue(today);
		test(export.last).setValue(today.minusDays(1));
		assertThat(export.pdf.isEnabled()).isFalse();
		assertThat(export.getElement().getTextRecursively()).contains("The period must end on or after its first day.");
		test(export.last).setValue(today);
		assertThat(export.pdf.isEnabled()).isTrue();
	}

	private String figure(String id) {
		return find(Span.class).withId(id).single().getText();
	}

	private static String date(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US));
	}

}

package org.htmacademy.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** A learner's own CE activities and certifications: saving, checking, and nobody else's. */
@HtmSpringTest
@Import({ SignIn.class, Learners.class })
class TranscriptServiceTest {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	TranscriptService transcripts;

	@Autowired
	Learners learners;

	@Autowired
	SignIn signIn;

	LocalDate today;

	@BeforeEach
	void aLearner() {
		learners.signInNew("Dana Whitfield");
		today = transcripts.today();
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void a_learner_adds_changes_and_deletes_an_activity_with_its_pdf() {
		CeActivity added = transcripts.addActivity(draft("Infusion pump service school", "8", "IV")
			.withAttachment(AttachmentChange.replaceWith(new AttachedFile("C:\\scans\\pump-school.pdf", PDF))));

		assertThat(transcripts.myActivities()).containsExactly(added);
		assertThat(added.title()).isEqualTo("Infusion pump service school");
		assertThat(added.provider()).isEqualTo("Baxter Learning Center");
		assertThat(added.contactHours()).isEqualByComparingTo("8");
		assertThat(added.attachmentName()).as("only the file's own name is kept").isEqualTo("pump-school.pdf");
		assertThat(transcripts.myAttachment(added.id()).content()).isEqualTo(PDF);

		CeActivity changed = transcripts.updateActivity(added.id(),
				ActivityDraft.of(added).withAttachment(AttachmentChange.KEEP));
		assertThat(changed).isEqualTo(added);
		changed = transcripts.updateActivity(added.id(), new ActivityDraft("  Infusion pump service school, day 2 ",
				"Baxter", today.minusDays(3), new BigDecimal("7.25"), "III", AttachmentChange.REMOVE));
		assertThat(changed.title()).isEqualTo("Infusion pump service school, day 2");
		assertThat(changed.contactHours()).isEqualByComparingTo("7.25");
		assertThat(changed.category()).isEqualTo("III");
		assertThat(changed.completedOn()).isEqualTo(today.minusDays(3));
		assertThat(changed.hasAttachment()).isFalse();
		assertThatThrownBy(() -> transcripts.myAttachment(added.id())).isInstanceOf(ActivityNotFoundException.class);

		transcripts.deleteActivity(added.id());
		assertThat(transcripts.myActivities()).isEmpty();
		assertThatThrownBy(() -> transcripts.myActivity(added.id())).isInstanceOf(ActivityNotFoundException.class);
	}

	@Test
	void every_wrong_field_gets_its_own_message() {
		ActivityDraft empty = new ActivityDraft(" ", null, null, null, null, AttachmentChange.KEEP);
		assertThat(problems(empty)).containsOnly(
				Map.entry(ActivityField.TITLE, "Enter the title of the course or activity."),
				Map.entry(ActivityField.PROVIDER, "Enter who provided it, e.g. the manufacturer or college."),
				Map.entry(ActivityField.COMPLETED_ON, "Enter the date you completed it."),
				Map.entry(ActivityField.CONTACT_HOURS, "Enter the contact hours, e.g. 1.5."),
				Map.entry(ActivityField.CATEGORY, "Choose the renewal category it counts in."));

		ActivityDraft wrong = new ActivityDraft("x".repeat(301), "Vendor 🔧", today.plusDays(1), BigDecimal.ZERO, "VII",
				AttachmentChange.replaceWith(new AttachedFile("notes.docx", "PK\u0003\u0004".getBytes())));
		assertThat(problems(wrong)).containsOnly(
				Map.entry(ActivityField.TITLE, "Use at most 300 characters (this has 301)."),
				Map.entry(ActivityField.PROVIDER, "Transcripts cannot print 🔧; leave it out."),
				Map.entry(ActivityField.COMPLETED_ON, "The date cannot be in the future."),
				Map.entry(ActivityField.CONTACT_HOURS, "Contact hours must be more than 0."),
				Map.entry(ActivityField.CATEGORY, "Choose one of the renewal categories listed."),
				Map.entry(ActivityField.ATTACHMENT, "Attach a PDF file; notes.docx is not one."));

		assertThat(problems(draft("Week-long course", "100.01", "IV"))).containsOnly(Map.entry(
				ActivityField.CONTACT_HOURS,
				"At most 100 contact hours per activity; record a longer programme as several activities."));
		assertThat(problems(draft("Short talk", "1.255", "IV")))
			.containsOnly(Map.entry(ActivityField.CONTACT_HOURS, "Use at most two decimals, e.g. 1.25."));
		byte[] big = Arrays.copyOf(PDF, ActivityLimits.MAX_ATTACHMENT_BYTES + 1);
		assertThat(problems(draft("Scanned binder", "2", "IV")
			.withAttachment(AttachmentChange.replaceWith(new AttachedFile("binder.pdf", big)))))
			.containsOnly(Map.entry(ActivityField.ATTACHMENT, "The attachment can be at most 5 MB."));
		assertThat(transcripts.myActivities()).as("nothing rejected was saved").isEmpty();

		CeActivity limits = transcripts.addActivity(new ActivityDraft("Ł".repeat(300), "Ødegård Medical", today,
				new BigDecimal("100.00"), "VI", AttachmentChange.replaceWith(new AttachedFile("x.pdf",
						Arrays.copyOf(PDF, ActivityLimits.MAX_ATTACHMENT_BYTES)))));
		assertThat(limits.contactHours()).isEqualByComparingTo("100");
		assertThat(transcripts.myAttachment(limits.id()).content()).hasSize(ActivityLimits.MAX_ATTACHMENT_BYTES);
	}

	@Test
	void another_learners_activity_cannot_be_told_apart_from_a_missing_one() {
		CeActivity theirs = transcripts.addActivity(draft("Private activity", "2", "IV")
			.withAttachment(AttachmentChange.replaceWith(new AttachedFile("private.pdf", PDF))));
		learners.signInNew("Someone Else");
		long missing = theirs.id() + 1_000_000;

		for (long id : new long[] { theirs.id(), missing }) {
			ActivityDraft change = draft("Taken over", "1", "IV");
			assertThat(message(() -> transcripts.myActivity(id))).isEqualTo(ActivityNotFoundException.MESSAGE);
			assertThat(message(() -> transcripts.myAttachment(id))).isEqualTo(ActivityNotFoundException.MESSAGE);
			assertThat(message(() -> transcripts.updateActivity(id, change))).isEqualTo(ActivityNotFoundException.MESSAGE);
			assertThat(message(() -> transcripts.deleteActivity(id))).isEqualTo(ActivityNotFoundException.MESSAGE);
		}
		assertThat(transcripts.myActivities()).isEmpty();
		assertThat(transcripts.myTranscript(null).entries()).isEmpty();

		signIn.out();
		assertThatThrownBy(() -> transcripts.myActivities())
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	void a_learner_holds_several_certifications_and_can_move_or_drop_one() {
		transcripts.holdCertification("CHTM", today.minusYears(1));
		transcripts.holdCertification("CBET", today.minusYears(5));
		transcripts.holdCertification("CBET", today.minusYears(4));

		assertThat(transcripts.myCertifications()).extracting(HeldCertification::code, HeldCertification::certifiedOn)
			.as("in the rules file's order")
			.containsExactly(tuple("CBET", today.minusYears(4)),
					tuple("CHTM", today.minusYears(1)));
		assertThat(message(() -> transcripts.holdCertification("CABT", today)))
			.isEqualTo("Choose a certification from the list.");
		assertThat(message(() -> transcripts.holdCertification("CRES", today.plusDays(1))))
			.isEqualTo("The certification date cannot be in the future.");
		assertThat(message(() -> transcripts.holdCertification("CRES", null)))
			.isEqualTo("Enter the date you were certified.");

		transcripts.dropCertification("CBET");
		assertThat(transcripts.myCertifications()).extracting(HeldCertification::code).containsExactly("CHTM");
		assertThat(message(() -> transcripts.myProgress("CBET"))).isEqualTo("Add the certification you hold first.");
	}

	private Map<ActivityField, String> problems(ActivityDraft draft) {
		return catchThrowableOfType(ActivityRejectedException.class, () -> transcripts.addActivity(draft)).problems();
	}

	private static String message(Runnable call) {
		return catchThrowableOfType(TranscriptException.class, call::run).getMessage();
	}

	private ActivityDraft draft(String title, String hours, String category) {
		return new ActivityDraft(title, "Baxter Learning Center", today.minusDays(10), new BigDecimal(hours), category,
				AttachmentChange.KEEP);
	}

}

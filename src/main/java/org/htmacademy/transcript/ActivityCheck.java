package org.htmacademy.transcript;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.htmacademy.transcript.repository.ActivityValues;
import org.htmacademy.transcript.repository.AttachmentRow;
import org.jspecify.annotations.Nullable;

/** Checks a learner's draft of an activity field by field, so the form can show every problem at once. */
final class ActivityCheck {

	private final Map<ActivityField, String> problems = new EnumMap<>(ActivityField.class);

	private ActivityCheck() {
	}

	/** @throws ActivityRejectedException naming each field that is wrong */
	static ActivityValues values(ActivityDraft draft, Set<String> categories, LocalDate today) {
		ActivityCheck check = new ActivityCheck();
		String title = check.text(ActivityField.TITLE, draft.title(), ActivityLimits.MAX_TITLE,
				"Enter the title of the course or activity.");
		String provider = check.text(ActivityField.PROVIDER, draft.provider(), ActivityLimits.MAX_PROVIDER,
				"Enter who provided it, e.g. the manufacturer or college.");
		LocalDate completedOn = draft.completedOn();
		if (completedOn == null) {
			check.problem(ActivityField.COMPLETED_ON, "Enter the date you completed it.");
		}
		else if (completedOn.isAfter(today)) {
			check.problem(ActivityField.COMPLETED_ON, "The date cannot be in the future.");
		}
		BigDecimal hours = check.hours(draft.contactHours());
		String category = draft.category();
		if (category == null || category.isBlank()) {
			check.problem(ActivityField.CATEGORY, "Choose the renewal category it counts in.");
		}
		else if (!categories.contains(category)) {
			check.problem(ActivityField.CATEGORY, "Choose one of the renewal categories listed.");
		}
		if (draft.attachment() instanceof AttachmentChange.Replace(AttachedFile file)) {
			check.attachment(file);
		}
		if (!check.problems.isEmpty()) {
			throw new ActivityRejectedException(check.problems);
		}
		return new ActivityValues(completedOn, title, provider, hours, category);
	}

	/** The file as stored: checked in {@link #values}, its name cut to what the column holds. */
	static AttachmentRow stored(AttachedFile file) {
		return new AttachmentRow(fileName(file.fileName()), file.content());
	}

	private String text(ActivityField field, @Nullable String value, int max, String missing) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			problem(field, missing);
		}
		else if (text.length() > max) {
			problem(field, "Use at most " + max + " characters (this has " + text.length() + ").");
		}
		else {
			PrintableText.firstUnprintable(text)
				.ifPresent(character -> problem(field, "Transcripts cannot print " + character + "; leave it out."));
		}
		return text;
	}

	private BigDecimal hours(@Nullable BigDecimal hours) {
		if (hours == null) {
			problem(ActivityField.CONTACT_HOURS, "Enter the contact hours, e.g. 1.5.");
		}
		else if (hours.signum() <= 0) {
			problem(ActivityField.CONTACT_HOURS, "Contact hours must be more than 0.");
		}
		else if (hours.compareTo(ActivityLimits.MAX_CONTACT_HOURS) > 0) {
			problem(ActivityField.CONTACT_HOURS, "At most " + ActivityLimits.MAX_CONTACT_HOURS
					+ " contact hours per activity; record a longer programme as several activities.");
		}
		else if (hours.stripTrailingZeros().scale() > 2) {
			problem(ActivityField.CONTACT_HOURS, "Use at most two decimals, e.g. 1.25.");
		}
		return hours;
	}

	private void attachment(AttachedFile file) {
		if (file.content().length > ActivityLimits.MAX_ATTACHMENT_BYTES) {
			problem(ActivityField.ATTACHMENT, "The attachment can be at most "
					+ ActivityLimits.MAX_ATTACHMENT_BYTES / (1024 * 1024) + " MB.");
		}
		else if (!ActivityLimits.looksLikePdf(file.content())) {
			problem(ActivityField.ATTACHMENT, "Attach a PDF file; " + fileName(file.fileName()) + " is not one.");
		}
	}

	private void problem(ActivityField field, String message) {
		problems.putIfAbsent(field, message);
	}

	/** The last part of what the browser sent, without control characters, short enough for the column. */
	static String fileName(String sent) {
		String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1)
			.replaceAll("[\\p{Cntrl}\"]", "")
			.strip();
		if (name.isEmpty()) {
			return "attachment.pdf";
		}
		if (name.length() > ActivityLimits.MAX_FILE_NAME) {
			String ending = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? ".pdf" : "";
			name = name.substring(0, ActivityLimits.MAX_FILE_NAME - ending.length()) + ending;
		}
		return name;
	}

}

package org.htmacademy.quiz.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import org.htmacademy.course.content.GradingMethod;
import org.htmacademy.course.content.ReviewPolicy;
import org.htmacademy.quiz.Outcome;
import org.jsoup.Jsoup;

/** The words and numbers the quiz pages show. */
final class QuizText {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	private QuizText() {
	}

	/**
	 * Rounded down, so a score shown as 70% has really reached a pass mark of 70; {@code 69.99} reads 69.9%, not
	 * a pass-looking 70%.
	 */
	static String percent(BigDecimal value) {
		return value.setScale(1, RoundingMode.FLOOR).stripTrailingZeros().toPlainString() + "%";
	}

	/** In the learner's own time zone when the browser told it, else UTC (and then it says so). */
	static String when(Instant instant) {
		ZoneId zone = browserZone();
		String text = WHEN.withZone(zone).format(instant);
		return zone.equals(ZoneOffset.UTC) ? text + " UTC" : text;
	}

	private static ZoneId browserZone() {
		UI ui = UI.getCurrent();
		try {
			ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
			if (details != null && details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank()) {
				return ZoneId.of(details.getTimeZoneId());
			}
		}
		catch (RuntimeException unknownZone) {
			// fall back to UTC below
		}
		return ZoneOffset.UTC;
	}

	static String review(ReviewPolicy policy) {
		return switch (policy) {
			case SCORE_ONLY -> "After you submit, you see your score, but not the questions or which you got right.";
			case YOUR_ANSWERS -> "After you submit, you see your score and each of your answers marked right, "
					+ "partly right or wrong. The right answers are not shown.";
			case CORRECT_ANSWERS -> "After you submit, you see your score, each of your answers marked, the right "
					+ "answers and the feedback.";
		};
	}

	/** The review policy as the results page puts it. */
	static String reviewed(ReviewPolicy policy) {
		return switch (policy) {
			case SCORE_ONLY -> "This quiz shows your score only, not the questions.";
			case YOUR_ANSWERS -> "Below are your answers, marked. This quiz does not show the right answers.";
			case CORRECT_ANSWERS -> "Below are your answers, marked, with the right answers and the feedback.";
		};
	}

	static String grading(GradingMethod method) {
		return switch (method) {
			case HIGHEST -> "Your grade for this quiz is your best attempt.";
			case LAST -> "Your grade for this quiz is your last attempt.";
			case FIRST -> "Your grade for this quiz is your first attempt; later attempts are for practice.";
			case AVERAGE -> "Your grade for this quiz is the average of all your attempts.";
		};
	}

	/** The grading method in a few words, e.g. "your best attempt". */
	static String gradedBy(GradingMethod method) {
		return switch (method) {
			case HIGHEST -> "your best attempt";
			case LAST -> "your last attempt";
			case FIRST -> "your first attempt";
			case AVERAGE -> "the average of your attempts";
		};
	}

	static String outcome(Outcome outcome) {
		return switch (outcome) {
			case CORRECT -> "Right";
			case PARTIALLY_CORRECT -> "Partly right";
			case INCORRECT -> "Wrong";
			case UNANSWERED -> "Not answered";
		};
	}

	/** Sanitized HTML from the service, in one wrapping element as Vaadin's Html needs. */
	static Html html(String cssClass, String sanitizedHtml) {
		return new Html("<div class=\"" + cssClass + "\">" + sanitizedHtml + "</div>");
	}

	/** The text of sanitized HTML, for accessible names. */
	static String plain(String sanitizedHtml) {
		return Jsoup.parse(sanitizedHtml).text();
	}

}

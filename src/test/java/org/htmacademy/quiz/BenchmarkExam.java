package org.htmacademy.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.htmacademy.course.CourseFolders;
import org.htmacademy.quiz.Response.ChoiceResponse;
import org.htmacademy.quiz.Response.MatchingResponse;
import org.htmacademy.quiz.Response.NumberResponse;
import org.htmacademy.quiz.Response.TextResponse;
import org.htmacademy.quiz.Response.TrueFalseResponse;

/**
 * The final exam of the quiz load benchmark: a pool of 24 questions, four of each type the platform grades, 20
 * drawn per attempt in shuffled order with shuffled choices. Questions of one type share their answers, so a
 * simulated learner answers from what the sheet shows, as a person would: right (fraction 1) or wrong (fraction 0).
 */
final class BenchmarkExam {

	static final int DRAWN = 20;

	static final int PASS_MARK = 80;

	private static final Map<String, String> PAIRS = Map.of("Current", "ampere", "Resistance", "ohm", "Voltage",
			"volt");

	private static final List<String> QUESTIONS = List.of("""
			Leakage current is usually stated in which unit? {
			  =microamperes
			  ~kiloamperes
			  ~volts
			}""", """
			Which of these belong in a safety test record? {
			  ~%50%The measured value
			  ~%50%The limit it was compared to
			  ~%-100%The weather on the day
			}""", "A Class I device relies on its protective earth conductor. {TRUE}",
			"How many usable host addresses does an IPv4 subnet with prefix length 27 have? {#30}", """
			Match each quantity with its unit. {
			  =Current -> ampere
			  =Resistance -> ohm
			  =Voltage -> volt
			}""", "Which protocol do imaging modalities use to send images to PACS (one word)? {=DICOM}");

	private BenchmarkExam() {
	}

	/** A copy of the guide's example course whose final exam is this one; returns the course id. */
	static String writeCourse(Path tree) {
		CourseFolders courses = new CourseFolders(tree);
		String courseId = courses.addCourse("quiz-load");
		courses.edit(courseId, "course.yml", "draw: 5", "draw: " + DRAWN);
		// generous, so a slow machine measures the service and never the deadline job
		courses.edit(courseId, "course.yml", "timeLimitMinutes: 20", "timeLimitMinutes: 120");
		try {
			Files.writeString(courses.path(courseId, "quizzes/final-exam.gift"), gift());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return courseId;
	}

	static String gift() {
		StringBuilder gift = new StringBuilder("// Final exam of the quiz load benchmark\n\n");
		for (int i = 0; i < 4 * QUESTIONS.size(); i++) {
			gift.append("::Q%02d::(Q%02d) %s%n%n".formatted(i + 1, i + 1, QUESTIONS.get(i % QUESTIONS.size())));
		}
		return gift.toString();
	}

	/** What a learner gives on the sheet, numbered as shown; a wrong answer scores 0. */
	static Response answer(SheetQuestion question, boolean right) {
		return switch (question.kind()) {
			case SINGLE_CHOICE -> new ChoiceResponse(List.of(shown(question, right ? "microamperes" : "volts")));
			case MULTIPLE_CHOICE -> new ChoiceResponse(right
					? List.of(shown(question, "The measured value"), shown(question, "The limit it was compared to"))
					: List.of(shown(question, "The weather on the day")));
			case TRUE_FALSE -> new TrueFalseResponse(right);
			case NUMBER -> new NumberResponse(right ? "30" : "32");
			case MATCHING -> matching(question, right);
			case SHORT_TEXT -> new TextResponse(right ? "DICOM" : "HL7");
		};
	}

	private static int shown(SheetQuestion question, String choice) {
		return IntStream.range(0, question.choicesHtml().size())
			.filter(i -> question.choicesHtml().get(i).equals(choice))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(choice + " is not on the sheet: " + question.choicesHtml()));
	}

	/** Right: every item with its unit. Wrong: every item with the unit of the next one. */
	private static MatchingResponse matching(SheetQuestion question, boolean right) {
		List<String> items = question.itemsHtml();
		Map<Integer, String> answers = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			String item = right ? items.get(i) : items.get((i + 1) % items.size());
			answers.put(i, PAIRS.get(item));
		}
		return new MatchingResponse(answers);
	}

}

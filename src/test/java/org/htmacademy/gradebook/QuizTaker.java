package org.htmacademy.gradebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.htmacademy.course.gift.GiftParser;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;
import org.htmacademy.quiz.AttemptResult;
import org.htmacademy.quiz.AttemptSheet;
import org.htmacademy.quiz.QuizService;
import org.htmacademy.quiz.Response;
import org.htmacademy.quiz.SheetQuestion;

/**
 * Takes a quiz of the authoring guide's example course through {@link QuizService}, as the signed-in learner,
 * answering each drawn question right or wrong as told. It knows the answers from the course's GIFT files and finds
 * the choices on the sheet by their text, so it answers whatever order the sheet shows.
 */
public final class QuizTaker {

	static final Path QUIZZES = Path.of("src/test/resources/course-fixtures/guide/electrical-safety-basics/quizzes");

	private final QuizService quizzes;

	private final List<GiftQuestion> known = new ArrayList<>();

	/** @param giftFile the quiz's file in the example course, e.g. {@code final-exam.gift} */
	QuizTaker(QuizService quizzes, String giftFile) {
		this.quizzes = quizzes;
		try {
			known.addAll(new GiftParser().parse(Files.readString(QUIZZES.resolve(giftFile)), giftFile).questions());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static QuizTaker finalExam(QuizService quizzes) {
		return new QuizTaker(quizzes, "final-exam.gift");
	}

	public static QuizTaker moduleQuiz(QuizService quizzes) {
		return new QuizTaker(quizzes, "leakage.gift");
	}

	public static Predicate<GiftQuestion> all() {
		return question -> true;
	}

	public static Predicate<GiftQuestion> none() {
		return question -> false;
	}

	/** Starts (or resumes) an attempt, answers every question, and submits it. */
	public AttemptResult take(long quizId, Predicate<GiftQuestion> right) {
		return quizzes.submit(answer(quizId, right).code());
	}

	/** Starts an attempt and answers every question, leaving it open. */
	public AttemptSheet answer(long quizId, Predicate<GiftQuestion> right) {
		AttemptSheet sheet = quizzes.startOrResume(quizId);
		for (SheetQuestion shown : sheet.questions()) {
			GiftQuestion question = find(shown);
			quizzes.saveAnswer(sheet.code(), shown.slot(), answer(question, shown, right.test(question)));
		}
		return sheet;
	}

	private Response answer(GiftQuestion question, SheetQuestion shown, boolean right) {
		return switch (question) {
			case MultipleChoice choice -> {
				List<MultipleChoice.Choice> picked = choice.choices()
					.stream()
					.filter(c -> right ? c.fraction().signum() > 0 && (choice.multipleAnswers()
							|| c.fraction().compareTo(BigDecimal.ONE) == 0) : c.fraction().signum() <= 0)
					.limit(right ? choice.choices().size() : 1)
					.toList();
				yield new Response.ChoiceResponse(picked.stream().map(c -> shownIndex(shown.choicesHtml(), c.text())).toList());
			}
			case TrueFalse trueFalse -> new Response.TrueFalseResponse(right == trueFalse.correctAnswer());
			case ShortAnswer shortAnswer -> new Response.TextResponse(right ? shortAnswer.answers().getFirst().text()
					: "not in the key");
			case Numerical numerical -> new Response.NumberResponse(
					right ? numerical.answers().getFirst().value().toPlainString() : "-12345");
			case Matching matching -> {
				Map<Integer, String> given = new HashMap<>();
				List<Matching.Pair> pairs = matching.pairs();
				for (int i = 0; i < pairs.size(); i++) {
					String answer = right ? pairs.get(i).answer() : pairs.get((i + 1) % pairs.size()).answer();
					given.put(shownIndex(shown.itemsHtml(), pairs.get(i).question()), answer);
				}
				yield new Response.MatchingResponse(given);
			}
		};
	}

	private GiftQuestion find(SheetQuestion shown) {
		String text = words(shown.textHtml());
		return known.stream()
			.filter(question -> text.equals(words(question.text())))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No known question reads " + shown.textHtml()));
	}

	private static int shownIndex(List<String> shownHtml, String text) {
		for (int i = 0; i < shownHtml.size(); i++) {
			if (words(shownHtml.get(i)).equals(words(text))) {
				return i;
			}
		}
		throw new IllegalStateException("'" + text + "' is not shown among " + shownHtml);
	}

	/** Letters and digits only: rendered HTML and authored markdown compare equal. */
	private static String words(String text) {
		return text.replaceAll("<[^>]*>", "").replaceAll("&[a-z#0-9]+;", "").replaceAll("[^\\p{L}\\p{N}]", "")
			.toLowerCase(Locale.ROOT);
	}

}

package org.htmacademy.gradebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;
import org.htmacademy.quiz.Outcome;
import org.htmacademy.quiz.QuestionScorer;
import org.htmacademy.quiz.Response;
import org.htmacademy.quiz.Response.ChoiceResponse;
import org.htmacademy.quiz.Response.MatchingResponse;
import org.htmacademy.quiz.Response.NumberResponse;
import org.htmacademy.quiz.Response.TextResponse;
import org.htmacademy.quiz.Response.TrueFalseResponse;

/**
 * Counts the answers given to one question, one line per authored answer: each choice (a response with several
 * choices counts for each), true and false, each accepted short or numerical answer the response matched first (as
 * scoring matches it) or "anything else", and for matching each item with each answer. Unanswered is a line too. The
 * typed answers that matched nothing are kept, so an instructor can spot a right answer the key is missing.
 */
final class ResponseTally {

	private record Line(Optional<String> item, String answer, Optional<BigDecimal> credit) {
	}

	private final GiftQuestion question;

	private final List<Line> lines = new ArrayList<>();

	private final long[] counts;

	private final Map<String, Long> unmatched = new HashMap<>();

	/** For matching: the answers offered to every item, in authored order. */
	private final List<String> options;

	ResponseTally(GiftQuestion question) {
		this.question = question;
		this.options = question instanceof Matching matching ? options(matching) : List.of();
		switch (question) {
			case MultipleChoice choice -> choice.choices()
				.forEach(c -> lines.add(new Line(Optional.empty(), c.text(), Optional.of(c.fraction()))));
			case TrueFalse trueFalse -> {
				lines.add(new Line(Optional.empty(), "True", credit(trueFalse.correctAnswer())));
				lines.add(new Line(Optional.empty(), "False", credit(!trueFalse.correctAnswer())));
			}
			case ShortAnswer shortAnswer -> {
				shortAnswer.answers()
					.forEach(a -> lines.add(new Line(Optional.empty(), a.text(), Optional.of(a.fraction()))));
				lines.add(new Line(Optional.empty(), AnswerCount.ANYTHING_ELSE, Optional.of(BigDecimal.ZERO)));
			}
			case Numerical numerical -> {
				numerical.answers()
					.forEach(a -> lines.add(new Line(Optional.empty(), label(a), Optional.of(a.fraction()))));
				lines.add(new Line(Optional.empty(), AnswerCount.ANYTHING_ELSE, Optional.of(BigDecimal.ZERO)));
			}
			case Matching matching -> matching.pairs().forEach(pair -> {
				options.forEach(option -> lines
					.add(new Line(Optional.of(pair.question()), option, credit(option.equals(pair.answer())))));
				lines.add(new Line(Optional.of(pair.question()), AnswerCount.NO_ANSWER, Optional.empty()));
			});
		}
		if (!(question instanceof Matching)) {
			lines.add(new Line(Optional.empty(), AnswerCount.NO_ANSWER, Optional.empty()));
		}
		counts = new long[lines.size()];
	}

	/** {@code count} attempts gave this response. */
	void add(Response response, long count) {
		switch (question) {
			case MultipleChoice choice -> {
				List<Integer> chosen = response instanceof ChoiceResponse picked ? picked.chosen() : List.of();
				chosen.stream().filter(index -> index < choice.choices().size()).forEach(index -> counts[index] += count);
				if (chosen.isEmpty()) {
					counts[noAnswer()] += count;
				}
			}
			case TrueFalse trueFalse -> counts[response instanceof TrueFalseResponse tf ? (tf.value() ? 0 : 1)
					: noAnswer()] += count;
			case ShortAnswer shortAnswer -> typed(response, count, shortAnswer.answers().size(),
					response instanceof TextResponse text ? text.text() : null, i -> QuestionScorer
						.score(onlyAnswer(shortAnswer, i), response)
						.outcome());
			case Numerical numerical -> typed(response, count, numerical.answers().size(),
					response instanceof NumberResponse number ? number.text() : null, i -> QuestionScorer
						.score(onlyAnswer(numerical, i), response)
						.outcome());
			case Matching matching -> {
				Map<Integer, String> given = response instanceof MatchingResponse m ? m.answers() : Map.of();
				int width = options.size() + 1;
				for (int pair = 0; pair < matching.pairs().size(); pair++) {
					int option = options.indexOf(given.getOrDefault(pair, ""));
					counts[pair * width + (option < 0 ? options.size() : option)] += count;
				}
			}
		}
	}

	List<AnswerCount> answers() {
		List<AnswerCount> answers = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			answers.add(new AnswerCount(line.item(), line.answer(), line.credit(), counts[i]));
		}
		return answers;
	}

	/** The typed answers that matched no authored answer, most frequent first. */
	List<TypedAnswer> unmatched(int limit) {
		return unmatched.entrySet()
			.stream()
			.map(entry -> new TypedAnswer(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingLong(TypedAnswer::count).reversed().thenComparing(TypedAnswer::text))
			.limit(limit)
			.toList();
	}

	private void typed(Response response, long count, int answers, String text, AnswerMatcher matcher) {
		if (text == null || QuestionScorer.score(question, response).outcome() == Outcome.UNANSWERED) {
			counts[noAnswer()] += count;
			return;
		}
		// each accepted answer alone, scored as the real question scores it: the first one it matches wins
		for (int i = 0; i < answers; i++) {
			if (matcher.outcome(i) == Outcome.CORRECT) {
				counts[i] += count;
				return;
			}
		}
		counts[answers] += count;
		unmatched.merge(text.strip(), count, Long::sum);
	}

	private interface AnswerMatcher {

		Outcome outcome(int answer);

	}

	private static ShortAnswer onlyAnswer(ShortAnswer question, int index) {
		ShortAnswer.Answer answer = question.answers().get(index);
		return new ShortAnswer(null, null, question.text(), question.textFormat(), "", question.line(),
				List.of(new ShortAnswer.Answer(answer.text(), BigDecimal.ONE, "")));
	}

	private static Numerical onlyAnswer(Numerical question, int index) {
		Numerical.Answer answer = question.answers().get(index);
		return new Numerical(null, null, question.text(), question.textFormat(), "", question.line(),
				List.of(new Numerical.Answer(answer.value(), answer.tolerance(), BigDecimal.ONE, "")), "");
	}

	private int noAnswer() {
		return lines.size() - 1;
	}

	private static Optional<BigDecimal> credit(boolean right) {
		return Optional.of(right ? BigDecimal.ONE : BigDecimal.ZERO);
	}

	private static String label(Numerical.Answer answer) {
		String value = answer.value().stripTrailingZeros().toPlainString();
		return answer.tolerance().signum() == 0 ? value
				: value + " ± " + answer.tolerance().abs().stripTrailingZeros().toPlainString();
	}

	private static List<String> options(Matching matching) {
		LinkedHashSet<String> options = new LinkedHashSet<>();
		matching.pairs().forEach(pair -> options.add(pair.answer()));
		options.addAll(matching.distractors());
		return List.copyOf(options);
	}

}

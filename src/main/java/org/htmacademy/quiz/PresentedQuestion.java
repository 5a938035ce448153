package org.htmacademy.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;

import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice.Choice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;
import org.htmacademy.course.gift.TextFormat;
import org.htmacademy.quiz.Response.ChoiceResponse;

/**
 * What the browser may see of a question before the attempt is submitted, and nothing more: no fractions, no
 * feedback, no accepted answers, no title. {@code choiceOrder} and {@code stemOrder} map a presented index to the
 * original one; a matching question's answer options are always shuffled (as Moodle does), since in written order
 * they would line up with their pairs.
 */
public record PresentedQuestion(String text, TextFormat textFormat, InputKind kind, List<String> choices,
		List<Integer> choiceOrder, List<String> stems, List<Integer> stemOrder, List<String> answerOptions) {

	public enum InputKind {
		SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_TEXT, NUMBER, MATCHING
	}

	public PresentedQuestion {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(textFormat, "textFormat");
		Objects.requireNonNull(kind, "kind");
		choices = List.copyOf(choices);
		choiceOrder = List.copyOf(choiceOrder);
		stems = List.copyOf(stems);
		stemOrder = List.copyOf(stemOrder);
		answerOptions = List.copyOf(answerOptions);
	}

	/** The same seed gives the same order, so a resumed attempt looks exactly as it did. */
	public static PresentedQuestion of(GiftQuestion question, long seed, boolean shuffleAnswers) {
		Random random = new Random(seed);
		return switch (question) {
			case MultipleChoice choice -> {
				List<Integer> order = order(choice.choices().size(), shuffleAnswers, random);
				List<String> texts = order.stream().map(choice.choices()::get).map(Choice::text).toList();
				InputKind kind = choice.multipleAnswers() ? InputKind.MULTIPLE_CHOICE : InputKind.SINGLE_CHOICE;
				yield new PresentedQuestion(choice.text(), choice.textFormat(), kind, texts, order, List.of(),
						List.of(), List.of());
			}
			case TrueFalse trueFalse -> input(trueFalse, InputKind.TRUE_FALSE);
			case ShortAnswer shortAnswer -> input(shortAnswer, InputKind.SHORT_TEXT);
			case Numerical numerical -> input(numerical, InputKind.NUMBER);
			case Matching matching -> matching(matching, shuffleAnswers, random);
		};
	}

	/** The original index of the choice shown at {@code presentedIndex}. */
	public int originalChoice(int presentedIndex) {
		return choiceOrder.get(presentedIndex);
	}

	/** The response for the choices the learner clicked, given by their presented indexes. */
	public ChoiceResponse choose(Integer... presentedIndexes) {
		return new ChoiceResponse(List.of(presentedIndexes).stream().map(this::originalChoice).toList());
	}

	/** The original pair index of the stem shown at {@code presentedIndex}: the key of a MatchingResponse. */
	public int originalStem(int presentedIndex) {
		return stemOrder.get(presentedIndex);
	}

	/**
	 * The stored response for what the learner gave on screen, where choices and stems are numbered as shown.
	 *
	 * @throws IllegalArgumentException when the answer does not fit this question: the wrong kind, a choice or stem
	 * that is not shown, two choices for a single-answer question, or an answer option that is not offered
	 */
	public Response fromPresented(Response shown) {
		if (shown instanceof Response.Unanswered) {
			return shown;
		}
		return switch (kind) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				var choice = expect(Response.ChoiceResponse.class, shown);
				if (kind == InputKind.SINGLE_CHOICE && choice.chosen().size() > 1) {
					throw new IllegalArgumentException("this question takes one answer, not " + choice.chosen().size());
				}
				choice.chosen().forEach(index -> requireIndex(index, choices.size(), "choice"));
				yield new Response.ChoiceResponse(choice.chosen().stream().map(this::originalChoice).toList());
			}
			case MATCHING -> {
				var matching = expect(Response.MatchingResponse.class, shown);
				Map<Integer, String> original = new HashMap<>();
				matching.answers().forEach((stem, answer) -> {
					requireIndex(stem, stems.size(), "item");
					if (!answerOptions.contains(answer)) {
						throw new IllegalArgumentException("\"" + answer + "\" is not one of the answers offered");
					}
					original.put(originalStem(stem), answer);
				});
				yield new Response.MatchingResponse(original);
			}
			case TRUE_FALSE -> expect(Response.TrueFalseResponse.class, shown);
			case SHORT_TEXT -> expect(Response.TextResponse.class, shown);
			case NUMBER -> expect(Response.NumberResponse.class, shown);
		};
	}

	/** The stored response numbered as the learner sees it: the inverse of {@link #fromPresented}. */
	public Response toPresented(Response stored) {
		return switch (stored) {
			case Response.ChoiceResponse choice ->
				new Response.ChoiceResponse(choice.chosen().stream().map(choiceOrder::indexOf).toList());
			case Response.MatchingResponse matching -> {
				Map<Integer, String> shown = new HashMap<>();
				matching.answers().forEach((pair, answer) -> shown.put(stemOrder.indexOf(pair), answer));
				yield new Response.MatchingResponse(shown);
			}
			default -> stored;
		};
	}

	private <R extends Response> R expect(Class<R> type, Response response) {
		if (!type.isInstance(response)) {
			throw new IllegalArgumentException(
					"a " + kind + " question takes a " + type.getSimpleName() + ", not a " + response.getClass().getSimpleName());
		}
		return type.cast(response);
	}

	private static void requireIndex(int index, int size, String what) {
		if (index < 0 || index >= size) {
			throw new IllegalArgumentException("there is no " + what + " " + index + " on this question");
		}
	}

	private static PresentedQuestion input(GiftQuestion question, InputKind kind) {
		return new PresentedQuestion(question.text(), question.textFormat(), kind, List.of(), List.of(), List.of(),
				List.of(), List.of());
	}

	private static PresentedQuestion matching(Matching question, boolean shuffleStems, Random random) {
		List<Integer> stemOrder = order(question.pairs().size(), shuffleStems, random);
		List<String> stems = stemOrder.stream().map(index -> question.pairs().get(index).question()).toList();
		// Moodle offers each distinct answer text once.
		List<String> options = new ArrayList<>(question.pairs().stream().map(GiftQuestion.Matching.Pair::answer)
			.distinct().toList());
		question.distractors().stream().filter(text -> !options.contains(text)).forEach(options::add);
		Collections.shuffle(options, random);
		return new PresentedQuestion(question.text(), question.textFormat(), InputKind.MATCHING, List.of(), List.of(),
				stems, stemOrder, options);
	}

	private static List<Integer> order(int size, boolean shuffle, Random random) {
		List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
		if (shuffle) {
			Collections.shuffle(order, random);
		}
		return order;
	}
}

package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.htmacademy.course.content.ReviewPolicy;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The results page of a submitted attempt, cut to the quiz's review policy here on the server: what the policy
 * does not show never leaves this class.
 */
@Component
class ReviewBuilder {

	private final QuestionPresenter presenter;

	ReviewBuilder(QuestionPresenter presenter) {
		this.presenter = presenter;
	}

	List<ReviewedQuestion> review(ReviewPolicy policy, List<Reviewable> questions) {
		if (policy == ReviewPolicy.SCORE_ONLY) {
			return List.of();
		}
		return questions.stream().map(question -> reviewed(policy, question)).toList();
	}

	/** A question as it was shown, with the learner's stored response (original numbering). */
	record Reviewable(int slot, GiftQuestion question, PresentedQuestion shown, Response response) {
	}

	private ReviewedQuestion reviewed(ReviewPolicy policy, Reviewable item) {
		ScoredResponse scored = QuestionScorer.score(item.question(), item.response());
		boolean full = policy == ReviewPolicy.CORRECT_ANSWERS;
		return new ReviewedQuestion(item.slot(), item.shown().kind(), presenter.html(item.shown(), item.shown().text()),
				yourAnswer(item), scored.outcome(), full ? rightAnswer(item) : List.of(),
				full ? scored.feedback() : List.of(), full ? scored.generalFeedback() : "");
	}

	private List<String> yourAnswer(Reviewable item) {
		PresentedQuestion shown = item.shown();
		return switch (item.response()) {
			case Response.Unanswered ignored -> List.of();
			case Response.ChoiceResponse choice -> choice.chosen().stream()
				.sorted((a, b) -> Integer.compare(shown.choiceOrder().indexOf(a), shown.choiceOrder().indexOf(b)))
				.map(index -> choiceHtml(item, index))
				.toList();
			case Response.TrueFalseResponse trueFalse -> List.of(trueFalse.value() ? "True" : "False");
			case Response.TextResponse text -> List.of(HtmlUtils.htmlEscape(text.text()));
			case Response.NumberResponse number -> List.of(HtmlUtils.htmlEscape(number.text()));
			case Response.MatchingResponse matching -> shown.stemOrder().stream()
				.filter(matching.answers()::containsKey)
				.map(pair -> pairHtml(item, ((Matching) item.question()).pairs().get(pair).question(),
						matching.answers().get(pair)))
				.toList();
		};
	}

	private List<String> rightAnswer(Reviewable item) {
		return switch (item.question()) {
			case MultipleChoice choice -> rightChoices(item, choice);
			case TrueFalse trueFalse -> List.of(trueFalse.correctAnswer() ? "True" : "False");
			case ShortAnswer shortAnswer -> shortAnswer.answers().stream()
				.filter(answer -> answer.fraction().compareTo(BigDecimal.ONE) == 0)
				.map(answer -> HtmlUtils.htmlEscape(answer.text()))
				.toList();
			case Numerical numerical -> numerical.answers().stream()
				.filter(answer -> answer.fraction().compareTo(BigDecimal.ONE) == 0)
				.map(ReviewBuilder::numberRange)
				.toList();
			case Matching matching -> item.shown().stemOrder().stream()
				.map(matching.pairs()::get)
				.map(pair -> pairHtml(item, pair.question(), pair.answer()))
				.toList();
		};
	}

	/** A single-answer question's best choices; a multiple-answer question's choices that earn credit. */
	private List<String> rightChoices(Reviewable item, MultipleChoice question) {
		BigDecimal best = question.choices().stream().map(MultipleChoice.Choice::fraction)
			.max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		List<String> right = new ArrayList<>();
		for (int index : item.shown().choiceOrder()) {
			BigDecimal fraction = question.choices().get(index).fraction();
			boolean counts = question.multipleAnswers() ? fraction.signum() > 0 : fraction.compareTo(best) == 0;
			if (counts && fraction.signum() > 0) {
				right.add(choiceHtml(item, index));
			}
		}
		return right;
	}

	private String choiceHtml(Reviewable item, int originalIndex) {
		MultipleChoice question = (MultipleChoice) item.question();
		return presenter.html(item.shown(), question.choices().get(originalIndex).text());
	}

	private String pairHtml(Reviewable item, String itemText, String answer) {
		return presenter.html(item.shown(), itemText) + " → " + HtmlUtils.htmlEscape(answer);
	}

	private static String numberRange(Numerical.Answer answer) {
		String value = plain(answer.value());
		if (answer.tolerance().signum() == 0) {
			return value;
		}
		return value + " ± " + plain(answer.tolerance()) + " (" + plain(answer.value().subtract(answer.tolerance()))
				+ " to " + plain(answer.value().add(answer.tolerance())) + ")";
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}

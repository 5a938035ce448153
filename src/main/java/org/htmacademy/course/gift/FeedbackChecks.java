package org.htmacademy.course.gift;

import java.math.BigDecimal;

import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;

/** A right answer should say why it is right: the learner who guessed it learns nothing otherwise. */
final class FeedbackChecks {

	private static final String ADD = "the right answer has no feedback: add #feedback saying why it is right";

	private FeedbackChecks() {
	}

	static void check(GiftQuestion question, ExamLint.Findings findings) {
		switch (question) {
			case MultipleChoice choice -> {
				for (int i = 0; i < choice.choices().size(); i++) {
					MultipleChoice.Choice answer = choice.choices().get(i);
					boolean right = choice.multipleAnswers() ? answer.fraction().signum() > 0 : isWhole(answer.fraction());
					missing(right, answer.feedback(), i, findings);
				}
			}
			case ShortAnswer shortAnswer -> {
				for (int i = 0; i < shortAnswer.answers().size(); i++) {
					ShortAnswer.Answer answer = shortAnswer.answers().get(i);
					missing(isWhole(answer.fraction()), answer.feedback(), i, findings);
				}
			}
			case Numerical numerical -> {
				for (int i = 0; i < numerical.answers().size(); i++) {
					Numerical.Answer answer = numerical.answers().get(i);
					missing(isWhole(answer.fraction()), answer.feedback(), i, findings);
				}
			}
			case TrueFalse trueFalse -> {
				String feedback = trueFalse.correctAnswer() ? trueFalse.feedbackForTrue() : trueFalse.feedbackForFalse();
				if (feedback.isBlank()) {
					findings.atAnswerBlock(ExamCheck.CORRECT_ANSWER_WITHOUT_FEEDBACK, "the right answer ("
							+ (trueFalse.correctAnswer() ? "true" : "false") + ") has no feedback: add it as the "
							+ "second #feedback, as in {" + (trueFalse.correctAnswer() ? "TRUE" : "FALSE")
							+ "#why the other answer is wrong#why this one is right}");
				}
			}
			case Matching matching -> {
				if (matching.generalFeedback().isBlank()) {
					findings.atAnswerBlock(ExamCheck.CORRECT_ANSWER_WITHOUT_FEEDBACK, "the matching question has no "
							+ "general feedback: add ####feedback saying why each item goes with its answer");
				}
			}
		}
	}

	private static void missing(boolean right, String feedback, int index, ExamLint.Findings findings) {
		if (right && feedback.isBlank()) {
			findings.atAnswer(index, ExamCheck.CORRECT_ANSWER_WITHOUT_FEEDBACK, ADD);
		}
	}

	private static boolean isWhole(BigDecimal fraction) {
		return GiftWriter.isWhole(fraction);
	}

}

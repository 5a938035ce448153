package org.htmacademy.quiz;

import java.util.List;

import org.htmacademy.quiz.PresentedQuestion.InputKind;

/**
 * One question on a results page, filled as far as the quiz's review policy allows: with "your answers" the
 * learner's answer and whether it was right; with "correct answers" also the right answer and the feedback.
 *
 * @param yourAnswerHtml what the learner answered, one entry per chosen choice or matched item; empty when unanswered
 * @param rightAnswerHtml empty unless the policy shows right answers
 */
public record ReviewedQuestion(int slot, InputKind kind, String textHtml, List<String> yourAnswerHtml,
		Outcome outcome, List<String> rightAnswerHtml, List<String> feedback, String generalFeedback) {
}

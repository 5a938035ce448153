package org.htmacademy.course.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.htmacademy.course.gift.GiftProblem.Severity;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;

/**
 * Exam-quality lint of a GIFT file (courses/README.md, "Exam quality checks"): cues a test-wise learner can use
 * without knowing the subject, and right answers without feedback. Only warnings: a course with them can be
 * published. The questions are those {@link GiftParser} reads; a question with an error is not checked.
 */
public final class ExamLint {

	static final String PREFIX = "exam quality: ";

	private ExamLint() {
	}

	public static ExamReport check(String source, String fileName) {
		String file = Objects.requireNonNullElse(fileName, "<gift>");
		List<ExamFinding> findings = new ArrayList<>();
		int singleAnswer = 0;
		int keyLongest = 0;
		for (QuestionReader.LaidOut laidOut : new GiftParser().parseLaidOut(source, file).laidOut()) {
			Findings found = new Findings(file, laidOut, findings);
			if (laidOut.question() instanceof MultipleChoice choice) {
				ChoiceChecks checks = new ChoiceChecks(choice, found);
				if (checks.isSingleAnswer()) {
					singleAnswer++;
					keyLongest += checks.keyIsLongest() ? 1 : 0;
				}
				checks.check();
			}
			FeedbackChecks.check(laidOut.question(), found);
		}
		return new ExamReport(findings, singleAnswer, keyLongest);
	}

	/** Adds the findings of one question, at the answer they are about when its place is known. */
	record Findings(String file, QuestionReader.LaidOut laidOut, List<ExamFinding> all) {

		void atAnswer(int index, ExamCheck check, String message) {
			List<Span> answers = laidOut.answers();
			add(index < answers.size() ? answers.get(index) : laidOut.braces(), check, message);
		}

		void atAnswerBlock(ExamCheck check, String message) {
			add(laidOut.braces(), check, message);
		}

		private void add(Span at, ExamCheck check, String message) {
			all.add(new ExamFinding(check,
					new GiftProblem(file, at.line(), at.column(), Severity.WARNING, PREFIX + message)));
		}
	}

}

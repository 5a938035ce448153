package org.htmacademy.course.gift;

import java.util.List;

/**
 * The exam-quality findings of one GIFT file and how often its single-answer questions are keyed on the longest
 * option.
 *
 * @param singleAnswer the single-answer multiple-choice questions: one choice worth 100%, none other worth more than 0
 * @param keyLongest those whose key is strictly longer than every distractor
 */
public record ExamReport(List<ExamFinding> findings, int singleAnswer, int keyLongest) {

	/** A quiz is reported when more than this share of its keys is the longest option... */
	public static final int QUIZ_LIMIT_PERCENT = 40;

	/** ...and it has at least this many single-answer questions, so one question does not swing the share. */
	public static final int QUIZ_MINIMUM = 5;

	public ExamReport {
		findings = List.copyOf(findings);
	}

	public List<GiftProblem> warnings() {
		return findings.stream().map(ExamFinding::problem).toList();
	}

	/** By chance a key is the longest of 3 or 4 options 25–33 % of the time; a writer's habit shows above 40 %. */
	public boolean keyLongestTooOften() {
		return singleAnswer >= QUIZ_MINIMUM && keyLongest * 100 > QUIZ_LIMIT_PERCENT * singleAnswer;
	}

}

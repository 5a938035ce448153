package org.htmacademy.course.gift;

/**
 * The exam-quality checks: cues that let a test-wise learner pass without knowing the subject, and right answers
 * that teach nothing. Each names itself for the summaries, e.g. "3 key longest by a clear margin".
 */
public enum ExamCheck {

	KEY_LONGEST("key longest by a clear margin"),
	/** Reported once per quiz, by the course validator, when too many keys are the longest option. */
	KEY_LONGEST_SHARE("quiz keyed on the longest option too often"),
	DUPLICATE_OPTIONS("duplicate options"),
	ALL_OR_NONE_OF_THE_ABOVE("all/none of the above"),
	OPTION_REPEATS_STEM("option repeats the stem"),
	CORRECT_ANSWER_WITHOUT_FEEDBACK("correct answer without feedback");

	private final String label;

	ExamCheck(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}

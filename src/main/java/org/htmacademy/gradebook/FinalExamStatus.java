package org.htmacademy.gradebook;

/** Where a learner stands with the final exam of their course version. */
public enum FinalExamStatus {

	/** Their grade by the quiz's grading method reaches the pass mark. */
	PASSED("Passed"),
	/** Graded below the pass mark, with no attempt open now (attempts may remain). */
	FAILED("Failed"),
	/** Not passed, and an attempt is open now. */
	IN_PROGRESS("In progress"),
	NOT_ATTEMPTED("Not attempted"),
	/** Their version has no final exam. */
	NO_FINAL_EXAM("No final exam");

	private final String label;

	FinalExamStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}

package org.htmacademy.gradebook;

import java.util.ArrayList;
import java.util.List;

/** Why a question deserves a second look. The thresholds are the usual ones of classical item analysis. */
public enum ItemFlag {

	TOO_FEW_ATTEMPTS("Too few attempts to judge", "Fewer than 10 attempts contained this question."),
	TOO_EASY("Too easy", "Learners earned more than 90 % of its mark on average."),
	TOO_HARD("Too hard", "Learners earned less than 20 % of its mark on average."),
	WEAK_DISCRIMINATION("Weak discrimination",
			"It tells learners who do well on the rest of the quiz from those who do not only weakly (index below 20)."),
	NEGATIVE_DISCRIMINATION("Negative discrimination",
			"Learners who do well on the rest of the quiz do worse on this question: check the answer key and the wording.");

	/** Below this many attempts, the figures of a question are noise. */
	public static final int MIN_ATTEMPTS = 10;

	public static final double EASY_ABOVE = 0.9;

	public static final double HARD_BELOW = 0.2;

	/** On Moodle's scale of −100 to 100. */
	public static final double WEAK_BELOW = 20;

	private final String label;

	private final String reason;

	ItemFlag(String label, String reason) {
		this.label = label;
		this.reason = reason;
	}

	public String label() {
		return label;
	}

	public String reason() {
		return reason;
	}

	/** With too few attempts that is the only flag: the others would be guesses. */
	public static List<ItemFlag> of(ItemStatistics statistics) {
		if (statistics.attempts() < MIN_ATTEMPTS) {
			return List.of(TOO_FEW_ATTEMPTS);
		}
		List<ItemFlag> flags = new ArrayList<>();
		statistics.facility().ifPresent(facility -> {
			if (facility > EASY_ABOVE) {
				flags.add(TOO_EASY);
			}
			if (facility < HARD_BELOW) {
				flags.add(TOO_HARD);
			}
		});
		statistics.discrimination().ifPresent(discrimination -> {
			if (discrimination < 0) {
				flags.add(NEGATIVE_DISCRIMINATION);
			}
			else if (discrimination < WEAK_BELOW) {
				flags.add(WEAK_DISCRIMINATION);
			}
		});
		return List.copyOf(flags);
	}

}

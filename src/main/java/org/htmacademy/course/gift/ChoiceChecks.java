package org.htmacademy.course.gift;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;

/** The cues in the options of one multiple-choice question. */
final class ChoiceChecks {

	/** A key 30 % longer than every distractor stands out at a glance. */
	private static final int CLEAR_MARGIN_PERCENT = 130;

	/** This many words in a row, copied from the stem, point at the option that copies them. */
	private static final int STEM_RUN = 5;

	/** On the option's words, punctuation gone: "All of the above.", "none of these", "both A and B". */
	private static final Pattern ALL_OR_NONE = Pattern.compile(
			"(^| )(all|none|both|neither)( of)? the above( |$)"
					+ "|(^| )(all|none|both|neither) of (these|those|them)( (answers|options|choices|are correct|is correct))?$"
					+ "|(^| )both [a-e] and [a-e]( |$)|^[a-e] and [a-e]$");

	private final MultipleChoice question;

	private final ExamLint.Findings findings;

	private final List<OptionText> options;

	ChoiceChecks(MultipleChoice question, ExamLint.Findings findings) {
		this.question = question;
		this.findings = findings;
		this.options = question.choices().stream().map(choice -> new OptionText(choice.text(), question.textFormat()))
			.toList();
	}

	/** One choice worth 100 % and none other worth anything: the learner looks for one key. */
	boolean isSingleAnswer() {
		List<BigDecimal> fractions = question.choices().stream().map(MultipleChoice.Choice::fraction).toList();
		return !question.multipleAnswers() && fractions.stream().filter(GiftWriter::isWhole).count() == 1
				&& fractions.stream().filter(fraction -> fraction.signum() > 0).count() == 1;
	}

	boolean keyIsLongest() {
		return options.get(key()).length() > longestDistractor();
	}

	void check() {
		if (isSingleAnswer()) {
			keyLongestByMargin();
		}
		for (int i = 0; i < options.size(); i++) {
			duplicate(i);
			allOrNone(i);
			if (question.choices().get(i).fraction().signum() > 0) {
				repeatsStem(i);
			}
		}
	}

	private void keyLongestByMargin() {
		int key = options.get(key()).length();
		int distractor = longestDistractor();
		if (key > distractor && key * 100 >= CLEAR_MARGIN_PERCENT * distractor) {
			findings.atAnswer(key(), ExamCheck.KEY_LONGEST, "the right answer is the longest option by a clear margin ("
					+ key + " characters; the longest wrong one has " + distractor + "), so a learner who picks the "
					+ "longest option gets it right: shorten the key or give the distractors the same detail");
		}
	}

	private void duplicate(int index) {
		String folded = options.get(index).folded();
		for (int earlier = 0; earlier < index; earlier++) {
			if (options.get(earlier).folded().equals(folded)) {
				findings.atAnswer(index, ExamCheck.DUPLICATE_OPTIONS, "the same option as answer " + (earlier + 1)
						+ ": give each option different words");
				return;
			}
		}
	}

	private void allOrNone(int index) {
		if (ALL_OR_NONE.matcher(String.join(" ", options.get(index).words())).find()) {
			findings.atAnswer(index, ExamCheck.ALL_OR_NONE_OF_THE_ABOVE, "'" + options.get(index).plain()
					+ "' can be answered from partial knowledge and depends on the order of the options: write a "
					+ "full option instead");
		}
	}

	/**
	 * Only for right answers: a key that echoes the stem gives itself away, while a distractor that echoes it (the
	 * host address in "the network address of 10.50.8.200/27?") is a fair lure.
	 */
	private void repeatsStem(int index) {
		List<String> option = options.get(index).words();
		List<String> stem = new OptionText(question.text(), question.textFormat()).words();
		if (option.isEmpty()) {
			return;
		}
		String padded = " " + String.join(" ", stem) + " ";
		if (padded.contains(" " + String.join(" ", option) + " ")) {
			findings.atAnswer(index, ExamCheck.OPTION_REPEATS_STEM, "the option '" + options.get(index).plain()
					+ "' is written in the question: a learner can match the words instead of knowing the answer");
		}
		else if (longestSharedRun(option, stem) >= STEM_RUN) {
			findings.atAnswer(index, ExamCheck.OPTION_REPEATS_STEM, "the option repeats " + STEM_RUN
					+ " or more words of the question in a row: a learner can match the words instead of knowing "
					+ "the answer");
		}
	}

	private int key() {
		for (int i = 0; i < question.choices().size(); i++) {
			if (GiftWriter.isWhole(question.choices().get(i).fraction())) {
				return i;
			}
		}
		throw new IllegalStateException("a single-answer question has a key");
	}

	private int longestDistractor() {
		int key = key();
		int longest = 0;
		for (int i = 0; i < options.size(); i++) {
			if (i != key) {
				longest = Math.max(longest, options.get(i).length());
			}
		}
		return longest;
	}

	/** The most consecutive words the two share. */
	static int longestSharedRun(List<String> a, List<String> b) {
		int longest = 0;
		int[] previous = new int[b.size() + 1];
		for (String word : a) {
			int[] current = new int[b.size() + 1];
			for (int j = 0; j < b.size(); j++) {
				if (word.equals(b.get(j))) {
					current[j + 1] = previous[j] + 1;
					longest = Math.max(longest, current[j + 1]);
				}
			}
			previous = current;
		}
		return longest;
	}

}

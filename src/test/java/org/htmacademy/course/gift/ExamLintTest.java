package org.htmacademy.course.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each exam-quality check on a small GIFT sample, with feedback on every right answer unless a test is about it. */
class ExamLintTest {

	static ExamReport lint(String source) {
		return ExamLint.check(source, "quiz.gift");
	}

	static List<String> warnings(String source) {
		return lint(source).warnings().stream().map(GiftProblem::toString).toList();
	}

	static List<ExamCheck> checks(String source) {
		return lint(source).findings().stream().map(ExamFinding::check).toList();
	}

	@Test
	void a_key_30_percent_longer_than_every_distractor_is_reported_at_the_key() {
		String source = """
				::Q::Which? {
				  ~abcdefghij #No
				  =abcdefghijklm #Yes
				  ~abcde #No
				}
				""";

		assertThat(warnings(source)).containsExactly("quiz.gift:3:3: warning: exam quality: the right answer is the "
				+ "longest option by a clear margin (13 characters; the longest wrong one has 10), so a learner who "
				+ "picks the longest option gets it right: shorten the key or give the distractors the same detail");
		assertThat(lint(source).singleAnswer()).isEqualTo(1);
		assertThat(lint(source).keyLongest()).isEqualTo(1);
	}

	@Test
	void a_key_longest_by_less_than_the_margin_is_counted_but_not_reported() {
		ExamReport report = lint("::Q::Which? {=abcdefghijkl #Yes ~abcdefghij #No ~abc #No}");

		assertThat(report.findings()).isEmpty();
		assertThat(report.keyLongest()).isEqualTo(1);
	}

	@Test
	void a_key_as_long_as_a_distractor_is_not_the_longest() {
		ExamReport report = lint("::Q::Which? {=abcdefghij #Yes ~klmnopqrst #No ~abc #No}");

		assertThat(report.findings()).isEmpty();
		assertThat(report.singleAnswer()).isEqualTo(1);
		assertThat(report.keyLongest()).isZero();
	}

	@Test
	void length_is_the_answer_without_feedback_escapes_markup_and_extra_spaces_in_code_points() {
		// "a\=b" is 3 characters, "<b>…</b>" tags do not count, runs of spaces count once, "𝜇" is one code point:
		// the key has 13 code points, then 15, against 11; counted raw, the first would already be reported.
		assertThat(lint("::Q::[html]Which? {=<b>𝜇𝜇𝜇𝜇𝜇</b>  𝜇𝜇𝜇𝜇𝜇𝜇𝜇 #a very long feedback that is not counted "
				+ "~a\\=b c d e f #No}").findings()).isEmpty();
		assertThat(lint("::Q::[html]Which? {=<b>𝜇𝜇𝜇𝜇𝜇</b>  𝜇𝜇𝜇𝜇𝜇𝜇𝜇𝜇𝜇 #Yes ~a\\=b c d e f #No}").findings())
			.extracting(ExamFinding::check)
			.containsExactly(ExamCheck.KEY_LONGEST);
	}

	@Test
	void markdown_marks_do_not_count_toward_the_length() {
		assertThat(checks("::Q::[markdown]Which? {=**abcdefghijk** #Yes ~abcdefghij #No}")).isEmpty();
		assertThat(checks("::Q::[markdown]Which? {=`abcdefghijk` #Yes ~abcdefghij #No}")).isEmpty();
		assertThat(checks("::Q::[markdown]Which? {=abcdefghijklm #Yes ~abcdefghij #No}"))
			.containsExactly(ExamCheck.KEY_LONGEST);
	}

	@Test
	void questions_with_partial_credit_or_several_answers_are_not_single_answer() {
		ExamReport report = lint("""
				::Partial::Which? {=abcdefghijklmnop #Yes ~%50%abc #Half ~ab #No}

				::Several::Which? {~%50%abcdefghijklmnop #Yes ~%50%abc #Yes ~%-100%ab #No}
				""");

		assertThat(report.singleAnswer()).isZero();
		assertThat(report.findings()).isEmpty();
	}

	@Test
	void a_distractor_with_a_penalty_leaves_the_question_single_answer() {
		ExamReport report = lint("::Q::Which? {=abcdefghijklmnop #Yes ~%-50%abc #No ~ab #No}");

		assertThat(report.singleAnswer()).isEqualTo(1);
		assertThat(report.findings()).extracting(ExamFinding::check).containsExactly(ExamCheck.KEY_LONGEST);
	}

	@Test
	void options_that_differ_only_in_case_and_spacing_are_duplicates() {
		assertThat(warnings("::Q::Which? {=Earth  leakage #Yes ~Patient leakage #No ~earth leakage #No}"))
			.containsExactly("quiz.gift:1:56: warning: exam quality: the same option as answer 1: give each option "
					+ "different words");
		assertThat(checks("::Q::Which? {=Earth leakage #Yes ~Patient leakage #No ~Earth leakages #No}")).isEmpty();
	}

	@Test
	void all_or_none_of_the_above_in_any_wording_is_reported() {
		for (String option : List.of("All of the above", "none of the above.", "NONE OF THESE", "All of these",
				"Both of the above", "Both A and B", "all the above are correct", "Neither of these")) {
			assertThat(checks("::Q::Which? {=Earth #Yes ~Live #No ~" + option + " #No}")).as(option)
				.containsExactly(ExamCheck.ALL_OR_NONE_OF_THE_ABOVE);
		}
		assertThat(checks("::Q::Which? {=Earth #Yes ~None of these alarms is audible #No ~Live #No}")).isEmpty();
	}

	@Test
	void a_key_written_in_the_stem_is_reported() {
		assertThat(warnings("::Q::Is the Potter-Bucky grid moving? {=Potter Bucky #Yes ~Stator coils #No ~Anode rotor #No}"))
			.containsExactly("quiz.gift:1:40: warning: exam quality: the option 'Potter Bucky' is written in the "
					+ "question: a learner can match the words instead of knowing the answer");
	}

	@Test
	void a_key_sharing_five_words_in_a_row_with_the_stem_is_reported() {
		String stem = "::Q::What happens when the tube current rises at a fixed kVp? {";

		assertThat(checks(stem + "=The tube current rises at a fixed rate #Yes ~Nothing changes at all #No "
				+ "~The anode spins faster than usual #No}")).containsExactly(ExamCheck.OPTION_REPEATS_STEM);
		assertThat(checks(stem + "=More photons at the same energy #Yes ~The tube current falls at once #No "
				+ "~The anode spins faster than usual #No}")).isEmpty();
	}

	@Test
	void a_distractor_written_in_the_stem_is_a_fair_lure() {
		assertThat(checks("::Q::What is the network address of 10.50.8.200/27? {=10.50.8.192 #Yes "
				+ "~10.50.8.200 #No ~10.50.8.224 #No}")).isEmpty();
	}

	@Test
	void right_answers_of_every_type_need_feedback() {
		String source = """
				::Choice::Which? {=Earth ~Live #No}

				::Answers::Which? {~%50%Earth ~%50%Neutral #Yes ~%-100%Live #No}

				::Short::Which unit? {=volt =%50%volts}

				::Number::How many? {#
				  =4:0
				  =%50%5:0
				}

				::True::Is it? {TRUE#No, it is.}

				::False::Is it? {FALSE#Yes, it is not.}

				::Match::Match. {
				  =a -> 1
				  =b -> 2
				  =c -> 3
				}
				""";

		assertThat(warnings(source)).extracting(warning -> warning.substring(0, warning.indexOf(": warning")))
			.containsExactly("quiz.gift:1:19", "quiz.gift:3:20", "quiz.gift:5:23", "quiz.gift:8:3",
					"quiz.gift:12:16", "quiz.gift:14:17", "quiz.gift:16:17");
		assertThat(checks(source)).containsOnly(ExamCheck.CORRECT_ANSWER_WITHOUT_FEEDBACK);
		assertThat(warnings(source).get(4)).endsWith("the right answer (true) has no feedback: add it as the second "
				+ "#feedback, as in {TRUE#why the other answer is wrong#why this one is right}");
		assertThat(warnings(source).get(6)).endsWith("the matching question has no general feedback: add "
				+ "####feedback saying why each item goes with its answer");
	}

	@Test
	void right_answers_with_feedback_pass() {
		assertThat(warnings("""
				::Short::Which unit? {=volt #Right =%50%volts}

				::Number::How many? {#=4:0#Right =%50%5:0 ~#Count again}

				::True::Is it? {TRUE#No, it is.#Right, it is.}

				::Match::Match. {
				  =a -> 1
				  =b -> 2
				  =c -> 3
				  ####Letters and digits in order.
				}
				""")).isEmpty();
	}

	@Test
	void a_numerical_any_other_answer_does_not_shift_the_answers() {
		assertThat(warnings("::Number::How many? {#=%0%*#Count again =4:0 =%50%5:0#Close}"))
			.containsExactly("quiz.gift:1:41: warning: exam quality: the right answer has no feedback: add #feedback "
					+ "saying why it is right");
	}

	@Test
	void a_quiz_is_keyed_on_the_longest_option_too_often_above_40_percent_of_at_least_5_questions() {
		String longest = "::L%d::Which? {=abcdefghijk #Yes ~abcdefghij #No}\n\n";
		String shortest = "::S%d::Which? {=abcdefghi #Yes ~abcdefghij #No}\n\n";

		assertThat(lint(longest.formatted(1) + longest.formatted(2) + shortest.formatted(3) + shortest.formatted(4)
				+ shortest.formatted(5)).keyLongestTooOften()).isFalse();
		ExamReport three = lint(longest.formatted(1) + longest.formatted(2) + longest.formatted(3)
				+ shortest.formatted(4) + shortest.formatted(5));
		assertThat(three.keyLongest()).isEqualTo(3);
		assertThat(three.keyLongestTooOften()).isTrue();
		assertThat(lint(longest.formatted(1) + longest.formatted(2) + longest.formatted(3) + longest.formatted(4))
			.keyLongestTooOften()).as("fewer than 5 single-answer questions").isFalse();
	}

	@Test
	void questions_with_errors_are_not_checked() {
		assertThat(lint("::Q::Which? {=abcdefghijklmnop ~a\n\n::Q::Again? {=x ~y #No}").findings()).isEmpty();
	}

}

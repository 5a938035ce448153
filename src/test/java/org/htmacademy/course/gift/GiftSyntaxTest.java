package org.htmacademy.course.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.htmacademy.course.gift.Gift.only;
import static org.htmacademy.course.gift.Gift.parse;

import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;
import org.junit.jupiter.api.Test;

class GiftSyntaxTest {

	@Test
	void questions_are_separated_by_blank_lines_and_keep_their_start_line() {
		GiftParseResult result = parse("""
				// Comments start with two slashes.
				::One::First? {T}

				   \t
				::Two::Second? {F}
				""");

		assertThat(result.problems()).isEmpty();
		assertThat(result.questions()).extracting(GiftQuestion::title, GiftQuestion::line)
				.containsExactly(tuple("One", 2), tuple("Two", 5));
	}

	@Test
	void comments_between_questions_and_inside_a_question_are_ignored() {
		GiftParseResult result = parse("""
				// only a comment

				::A::Pick one. {
				// a comment between the choices
					=yes
					~no
				}

				// another comment

				::B::http://example.org is a URL, not a comment. {T}
				""");

		assertThat(result.problems()).isEmpty();
		assertThat(result.questions()).hasSize(2);
		assertThat(((MultipleChoice) result.questions().get(0)).choices()).hasSize(2);
		assertThat(result.questions().get(1).text()).isEqualTo("http://example.org is a URL, not a comment.");
	}

	@Test
	void crlf_and_a_byte_order_mark_are_tolerated() {
		GiftParseResult result = parse("\uFEFF::A::First?{T}\r\n\r\n::B::Second\r\nline?{F}\r\n");

		assertThat(result.problems()).isEmpty();
		assertThat(result.questions()).extracting(GiftQuestion::title, GiftQuestion::text, GiftQuestion::line)
				.containsExactly(tuple("A", "First?", 1),
						tuple("B", "Second\nline?", 3));
	}

	@Test
	void old_mac_line_ends_are_tolerated() {
		GiftParseResult result = parse("::A::First?{T}\r\r::B::Second?{F}");

		assertThat(result.questions()).extracting(GiftQuestion::line).containsExactly(1, 3);
	}

	@Test
	void lines_of_a_question_are_trimmed_and_joined_with_newlines() {
		TrueFalse question = only("::Q::  First line  \n\t second line {T}", TrueFalse.class);

		assertThat(question.text()).isEqualTo("First line\nsecond line");
	}

	@Test
	void a_question_takes_the_latest_category() {
		GiftParseResult result = parse("""
				::Before::No category yet.{T}

				$CATEGORY: leakage

				::A::In leakage.{T}

				$CATEGORY:   $course$/top/grounding

				::B::In grounding.{T}
				""");

		assertThat(result.questions()).extracting(GiftQuestion::category)
				.containsExactly(null, "leakage", "$course$/top/grounding");
	}

	@Test
	void the_title_is_unescaped_and_trimmed() {
		TrueFalse question = only("::  Ports \\: DICOM 104  ::Port 104 is used by DICOM.{T}", TrueFalse.class);

		assertThat(question.title()).isEqualTo("Ports : DICOM 104");
	}

	@Test
	void a_format_tag_after_the_title_sets_the_text_format() {
		assertThat(only("::F::[markdown]Which **one**?{=a ~b}", MultipleChoice.class).textFormat())
				.isEqualTo(TextFormat.MARKDOWN);
		assertThat(only("::F::[html]<p>Which?</p>{=a ~b}", MultipleChoice.class).text()).isEqualTo("<p>Which?</p>");
		assertThat(only("::F::[plain]Which?{=a ~b}", MultipleChoice.class).textFormat()).isEqualTo(TextFormat.PLAIN);
		assertThat(only("::F::[moodle]Which?{=a ~b}", MultipleChoice.class).textFormat()).isEqualTo(TextFormat.MOODLE);
		assertThat(only("::F::Which?{=a ~b}", MultipleChoice.class).textFormat()).isEqualTo(TextFormat.MOODLE);
	}

	@Test
	void an_unknown_format_tag_is_kept_as_text() {
		MultipleChoice question = only("::F::[1] Which?{=a ~b}", MultipleChoice.class);

		assertThat(question.text()).isEqualTo("[1] Which?");
		assertThat(question.textFormat()).isEqualTo(TextFormat.MOODLE);
	}

	@Test
	void general_feedback_comes_last_in_the_answer_block() {
		MultipleChoice question = only("""
				::Q::[markdown]Why? {
					=Because. #Yes.
					~No reason.
					####Leakage limits **protect** the patient.
				}""", MultipleChoice.class);

		assertThat(question.generalFeedback()).isEqualTo("Leakage limits **protect** the patient.");
		assertThat(question.choices().get(1).feedback()).isEmpty();
	}

	@Test
	void escapes_in_the_question_text_are_resolved() {
		ShortAnswer question = only("::Q::Escaped \\{braces\\}, \\= \\~ \\# \\: and a\\nnew line? {=ok}",
				ShortAnswer.class);

		assertThat(question.text()).isEqualTo("Escaped {braces}, = ~ # : and a\nnew line?");
	}

	@Test
	void a_double_backslash_is_one_literal_backslash_and_other_backslashes_stay() {
		ShortAnswer question = only("::Q::A \\\\ B \\\\\\\\ C \\d? {=ok}", ShortAnswer.class);

		assertThat(question.text()).isEqualTo("A \\ B \\\\ C \\d?");
	}

	@Test
	void an_escaped_backslash_does_not_escape_the_next_character() {
		ShortAnswer question = only("::Q::Path C\\\\:drive? {=ok}", ShortAnswer.class);

		assertThat(question.text()).isEqualTo("Path C\\:drive?");
	}

	@Test
	void null_input_is_an_empty_file() {
		GiftParseResult result = new GiftParser().parse(null, null);

		assertThat(result.questions()).isEmpty();
		assertThat(result.problems()).isEmpty();
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void the_result_lists_cannot_be_changed() {
		GiftParseResult result = parse("::A::Q?{T}");

		assertThatThrownBy(() -> result.questions().clear())
				.isInstanceOf(UnsupportedOperationException.class);
	}
}

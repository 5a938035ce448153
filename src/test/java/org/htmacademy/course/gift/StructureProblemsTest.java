package org.htmacademy.course.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.gift.Gift.parse;
import static org.htmacademy.course.gift.Gift.problems;

import org.junit.jupiter.api.Test;

/** Problems with the shape of a question, each reported where it is. */
class StructureProblemsTest {

	@Test
	void a_problem_prints_like_a_compiler_message() {
		GiftProblem problem = new GiftProblem("q.gift", 3, 7, GiftProblem.Severity.ERROR, "bad");

		assertThat(problem).hasToString("q.gift:3:7: error: bad");
		assertThat(new GiftProblem("q.gift", 1, 1, GiftProblem.Severity.WARNING, "hm"))
				.hasToString("q.gift:1:1: warning: hm");
	}

	@Test
	void a_missing_closing_brace_is_reported_at_the_opening_brace() {
		GiftParseResult result = parse("::A::First?{T}\n\n::B::Which? {\n=yes\n~no\n\n::C::Third?{F}");

		assertThat(result.problems()).extracting(GiftProblem::toString).containsExactly(
				"quiz.gift:3:13: error: missing '}': the answer block opened here is not closed");
		assertThat(result.questions()).extracting(GiftQuestion::title).containsExactly("A", "C");
	}

	@Test
	void a_closing_brace_without_an_opening_one_is_reported() {
		assertThat(problems("::A::Which? =yes ~no}")).containsExactly(
				"quiz.gift:1:21: error: '}' without an opening '{' (write \\} for a literal brace)");
	}

	@Test
	void a_brace_inside_an_answer_block_is_reported() {
		assertThat(problems("::A::Which? {=a {b} ~c}")).containsExactly("quiz.gift:1:17: error: '{' inside an "
				+ "answer block: close the block with '}' first, or write \\{ for a literal brace");
	}

	@Test
	void two_questions_without_a_blank_line_between_them_are_reported() {
		assertThat(problems("::A::One?{T}\n// a comment does not separate\n::B::Two?{F}")).containsExactly(
				"quiz.gift:3:10: error: a second answer block: separate questions with a blank line, "
						+ "or write \\{ and \\} for literal braces");
	}

	@Test
	void a_description_item_is_not_supported() {
		assertThat(problems("::A::Q?{T}\n\n// intro\n::Intro::Read this first.")).containsExactly(
				"quiz.gift:4:1: error: description items (text with no answer block) are not supported");
	}

	@Test
	void an_essay_question_is_not_supported() {
		assertThat(problems("::A::Q?{T}\n\n::Essay::How are you? {}"))
				.containsExactly("quiz.gift:3:23: error: essay questions ({}) are not supported");
	}

	@Test
	void an_essay_with_only_general_feedback_is_not_supported_either() {
		assertThat(problems("::Essay::How are you? {####Tell us.}"))
				.containsExactly("quiz.gift:1:23: error: essay questions ({}) are not supported");
	}

	@Test
	void embedded_cloze_answers_are_not_supported() {
		assertThat(problems("::Cloze::Leakage is {1:MC:=low~high} here.")).containsExactly(
				"quiz.gift:1:21: error: embedded (cloze) answers like {1:MC:...} are not supported");
	}

	@Test
	void an_unclosed_title_is_reported() {
		assertThat(problems("\n::Title: Which? {T}"))
				.containsExactly("quiz.gift:2:1: error: the title is not closed with '::'");
	}

	@Test
	void a_question_without_text_is_reported() {
		assertThat(problems("::Empty::{=a ~b}")).containsExactly("quiz.gift:1:1: error: the question has no text");
	}

	@Test
	void a_missing_title_is_a_warning_and_the_question_is_kept() {
		GiftParseResult result = parse("\n// no title\nWhich? {=a ~b}");

		assertThat(result.hasErrors()).isFalse();
		assertThat(result.questions()).hasSize(1);
		assertThat(result.questions().getFirst().title()).isNull();
		assertThat(result.problems()).extracting(GiftProblem::toString).containsExactly("quiz.gift:3:1: warning: "
				+ "the question has no title: add ::Title:: (titles are the question's stable identity for the gradebook)");
	}

	@Test
	void an_empty_title_counts_as_missing() {
		assertThat(parse("::  ::Which? {=a ~b}").warnings()).hasSize(1);
	}

	@Test
	void a_duplicate_title_is_an_error_at_the_second_title() {
		GiftParseResult result = parse("::Same::One?{T}\n\n::Other::Two?{T}\n\n  ::Same::Three?{F}");

		assertThat(result.problems()).extracting(GiftProblem::toString).containsExactly(
				"quiz.gift:5:5: error: duplicate title 'Same' (first used on line 1): titles are the questions' "
						+ "stable identity and must be unique");
		assertThat(result.questions()).extracting(GiftQuestion::title).containsExactly("Same", "Other");
	}

	@Test
	void a_category_followed_directly_by_a_question_is_reported() {
		assertThat(problems("$CATEGORY: leakage\n::A::Swallowed by Moodle.{T}")).containsExactly(
				"quiz.gift:2:1: error: put a blank line after $CATEGORY: Moodle reads the lines below it as part "
						+ "of the category name");
	}

	@Test
	void an_empty_category_is_reported() {
		assertThat(problems("$CATEGORY:   ")).containsExactly("quiz.gift:1:1: error: $CATEGORY: needs a category name");
	}

	@Test
	void the_parser_reports_and_goes_on_with_the_next_question() {
		GiftParseResult result = parse("::A::Broken {=a ~b\n\n::B::Fine?{T}\n\n::C::{}\n\n::D::Also fine?{F}");

		assertThat(result.errors()).hasSize(2);
		assertThat(result.questions()).extracting(GiftQuestion::title).containsExactly("B", "D");
	}

	@Test
	void garbage_never_throws() {
		String[] inputs = { "{", "}", "{}", "::", "::::", "{#}", "{~}", "{=}", "{->}", "{#..}", "{#:}", "%", "{%}",
				"{~%}", "{~%%}", "{=%-%a}", "{#=%50%}", "\\", "{\\}", "$CATEGORY:", "{####}", "{T#}", "{#~}",
				"{=->}", "a{=b->}", "{# 1..}", "{#1e}", "[html]", "[html]{T}", "{[}", "{#=*}", "{~a ~b ~=}" };
		for (String input : inputs) {
			assertThat(parse("::T::" + input)).as(input).isNotNull();
			assertThat(parse(input)).as(input).isNotNull();
		}
	}
}

package org.htmacademy.gradebook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.htmacademy.course.gift.GiftParseResult;
import org.htmacademy.course.gift.GiftParser;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.quiz.Response;
import org.htmacademy.quiz.Response.ChoiceResponse;
import org.htmacademy.quiz.Response.MatchingResponse;
import org.htmacademy.quiz.Response.NumberResponse;
import org.htmacademy.quiz.Response.TextResponse;
import org.htmacademy.quiz.Response.TrueFalseResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ResponseTallyTest {

	@Test
	void multiple_answers_count_for_each_choice_ticked() {
		ResponseTally tally = new ResponseTally(question("""
				::Applied parts::Which of these are applied parts? {
				  ~%50%ECG electrodes
				  ~%50%A pulse-oximeter probe
				  ~%-100%The mains power cord
				}"""));
		tally.add(ChoiceResponse.of(0, 1), 6);
		tally.add(ChoiceResponse.of(0, 2), 2);
		tally.add(ChoiceResponse.of(), 1);
		tally.add(Response.EMPTY, 1);

		assertThat(tally.answers()).extracting(AnswerCount::answer, AnswerCount::count, AnswerCount::credit)
			.containsExactly(tuple("ECG electrodes", 8L, Optional.of(new BigDecimal("0.5"))),
					tuple("A pulse-oximeter probe", 6L, Optional.of(new BigDecimal("0.5"))),
					tuple("The mains power cord", 2L, Optional.of(new BigDecimal("-1"))),
					tuple("No answer", 2L, Optional.empty()));
	}

	@Test
	void true_false_counts_true_and_false() {
		ResponseTally tally = new ResponseTally(question("::Ground::A broken earth can go unnoticed. {TRUE}"));
		tally.add(new TrueFalseResponse(true), 7);
		tally.add(new TrueFalseResponse(false), 3);

		assertThat(tally.answers()).extracting(AnswerCount::answer, AnswerCount::count, AnswerCount::credit)
			.containsExactly(tuple("True", 7L, Optional.of(BigDecimal.ONE)),
					tuple("False", 3L, Optional.of(BigDecimal.ZERO)), tuple("No answer", 0L, Optional.empty()));
	}

	@Test
	void a_short_answer_counts_for_the_first_accepted_answer_it_matches_as_scoring_matches_it() {
		ResponseTally tally = new ResponseTally(
				question("::Unit::Leakage current is stated in? {=microamperes =micro* =µA}"));
		tally.add(new TextResponse("  Microamperes "), 4);
		tally.add(new TextResponse("microamps"), 3);
		tally.add(new TextResponse("uA"), 2);
		tally.add(new TextResponse("uA "), 1);
		tally.add(new TextResponse("milliamps"), 1);
		tally.add(new TextResponse("   "), 1);

		assertThat(tally.answers()).extracting(AnswerCount::answer, AnswerCount::count)
			.containsExactly(tuple("microamperes", 4L), tuple("micro*", 3L), tuple("µA", 0L),
					tuple("Anything else", 4L), tuple("No answer", 1L));
		assertThat(tally.unmatched(5)).containsExactly(new TypedAnswer("uA", 3), new TypedAnswer("milliamps", 1));
		assertThat(tally.unmatched(1)).containsExactly(new TypedAnswer("uA", 3));
	}

	@Test
	void a_number_counts_for_the_first_answer_whose_tolerance_holds_it() {
		ResponseTally tally = new ResponseTally(question("""
				::Partial::What is π to two decimal places? {#
				  =3.14:0.005
				  =%50%3.1:0.05
				}"""));
		tally.add(new NumberResponse("3,14"), 5);
		tally.add(new NumberResponse("3.12"), 2);
		tally.add(new NumberResponse("3.2"), 1);
		tally.add(new NumberResponse("pi"), 1);
		tally.add(new NumberResponse(""), 1);

		assertThat(tally.answers()).extracting(AnswerCount::answer, AnswerCount::count)
			.containsExactly(tuple("3.14 ± 0.005", 5L), tuple("3.1 ± 0.05", 2L), tuple("Anything else", 2L),
					tuple("No answer", 1L));
		assertThat(tally.unmatched(5)).containsExactly(new TypedAnswer("3.2", 1), new TypedAnswer("pi", 1));
	}

	@Test
	void matching_counts_each_answer_given_to_each_item() {
		ResponseTally tally = new ResponseTally(question("""
				::Match units::Match each quantity with its unit. {
				  =Current -> ampere
				  =Resistance -> ohm
				  =Voltage -> volt
				  = -> watt
				}"""));
		tally.add(new MatchingResponse(Map.of(0, "ampere", 1, "ohm", 2, "volt")), 5);
		tally.add(new MatchingResponse(Map.of(0, "watt", 1, "ohm")), 2);
		tally.add(Response.EMPTY, 1);

		List<AnswerCount> current = tally.answers()
			.stream()
			.filter(answer -> answer.item().orElseThrow().equals("Current"))
			.toList();
		assertThat(current).extracting(AnswerCount::answer, AnswerCount::count, AnswerCount::credit)
			.containsExactly(tuple("ampere", 5L, Optional.of(BigDecimal.ONE)),
					tuple("ohm", 0L, Optional.of(BigDecimal.ZERO)), tuple("volt", 0L, Optional.of(BigDecimal.ZERO)),
					tuple("watt", 2L, Optional.of(BigDecimal.ZERO)), tuple("No answer", 1L, Optional.empty()));
		assertThat(tally.answers()).filteredOn(answer -> answer.item().orElseThrow().equals("Voltage"))
			.extracting(AnswerCount::answer, AnswerCount::count)
			.contains(tuple("volt", 5L), tuple("No answer", 3L));
	}

	static GiftQuestion question(String gift) {
		GiftParseResult result = new GiftParser().parse(gift, "quiz.gift");
		assertThat(result.errors()).isEmpty();
		return result.questions().getFirst();
	}

}

package org.htmacademy.course.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.htmacademy.course.gift.Gift.decimal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice.Choice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;
import org.htmacademy.course.gift.GiftWriter.Unwritable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GiftWriterTest {

	/** Every character GIFT treats as syntax, a backslash, a line break and a format tag at the start. */
	static final String NASTY = "port 104 = DICOM:: {AE} ~ #1 \\ C:\\new\nsecond line";

	static final GiftWriter WRITER = new GiftWriter();

	@Test
	void every_question_type_reads_back_the_same_with_special_characters_in_every_text() {
		List<GiftQuestion> questions = List.of(
				new MultipleChoice("MC " + NASTY, "cat: one", "Pick " + NASTY, TextFormat.MOODLE, "general " + NASTY, 0,
						List.of(new Choice("right " + NASTY, BigDecimal.ONE, "fb " + NASTY),
								new Choice("%50 of staff", decimal("0.5"), ""),
								new Choice("[html] looks like a tag", BigDecimal.ZERO, "[markdown]also a tag")),
						false, false),
				new MultipleChoice("Multi", "cat: one", "Which two?", TextFormat.MARKDOWN, "", 0,
						List.of(new Choice("a **b**", decimal("0.5"), "half"), new Choice("c", decimal("0.5"), ""),
								new Choice("d", decimal("-1"), "no"), new Choice("e", BigDecimal.ZERO, "")),
						true, false),
				new MultipleChoice("Gap", "second", "The earth conductor has a " + GiftWriter.GAP + " resistance: "
						+ NASTY, TextFormat.MOODLE, "gf", 0,
						List.of(new Choice("low", BigDecimal.ONE, "yes"), new Choice("high", BigDecimal.ZERO, "")), false,
						true),
				new TrueFalse("TF right true", "second", "True? " + NASTY, TextFormat.PLAIN, "", 0, true, "yes " + NASTY,
						""),
				new TrueFalse("TF false", "second", "False?", TextFormat.MOODLE, "g " + NASTY, 0, false, "",
						"right: " + NASTY),
				new TrueFalse(null, "second", "No title, no feedback", TextFormat.MOODLE, "", 0, true, "", ""),
				new ShortAnswer("SA", "second", "Unit?", TextFormat.MOODLE, "", 0,
						List.of(new ShortAnswer.Answer("microamperes", BigDecimal.ONE, ""))),
				new ShortAnswer("SA many", "second", "Unit " + NASTY + "?", TextFormat.HTML, "<b>g</b>", 0,
						List.of(new ShortAnswer.Answer("µA " + NASTY.replace("->", ""), BigDecimal.ONE, "fb: yes"),
								new ShortAnswer.Answer("%micro", decimal("0.5"), ""),
								new ShortAnswer.Answer("T", decimal("0.3333333"), "a third"))),
				new Numerical("Num", "second", "0.5 mA in µA?", TextFormat.MOODLE, "", 0,
						List.of(new Numerical.Answer(decimal("500"), BigDecimal.ZERO, BigDecimal.ONE, "")), ""),
				new Numerical("Num many", "second", "π?", TextFormat.MOODLE, "general", 0,
						List.of(new Numerical.Answer(decimal("3.14"), decimal("0.005"), BigDecimal.ONE, "fb #1"),
								new Numerical.Answer(decimal("-3.1"), decimal("0.05"), decimal("0.5"), ""),
								new Numerical.Answer(decimal("1E+3"), decimal("0.0"), decimal("0.1"), ""),
								new Numerical.Answer(decimal("1E-7"), decimal("1E-8"), decimal("0.05"), "")),
						"other: " + NASTY),
				new Matching("Match", "third", "Match " + NASTY, TextFormat.MOODLE, "gf", 0,
						List.of(new Matching.Pair("Current = I", "ampere -> A " + NASTY),
								new Matching.Pair("[html]Resistance", "ohm")),
						List.of("volt: V", "watt")));
		questions.forEach(question -> assertThat(GiftWriter.unwritable(question)).isEmpty());

		GiftWriter.Written written = WRITER.write(questions);
		GiftParseResult read = Gift.parse(written.text());

		assertThat(read.errors()).as(written.text()).isEmpty();
		assertThat(read.questions().stream().map(GiftWriterTest::withoutLine))
			.containsExactlyElementsOf(questions.stream().map(GiftWriterTest::withoutLine).toList());
	}

	static Stream<Path> realQuizFiles() throws IOException {
		return Files.find(Path.of("courses"), 3, (path, attributes) -> path.toString().endsWith(".gift")).sorted();
	}

	@ParameterizedTest
	@MethodSource("realQuizFiles")
	void every_quiz_of_the_real_courses_reads_back_the_same(Path file) throws IOException {
		GiftParseResult original = new GiftParser().parse(Files.readString(file), file.toString());

		String written = WRITER.write(original.questions()).text();
		GiftParseResult read = new GiftParser().parse(written, file.toString());

		assertThat(read.errors()).as(written).isEmpty();
		assertThat(read.questions().stream().map(GiftWriterTest::withoutLine))
			.containsExactlyElementsOf(original.questions().stream().map(GiftWriterTest::withoutLine).toList());
		assertThat(WRITER.write(read.questions()).text()).isEqualTo(written);
	}

	@Test
	void a_question_is_written_as_an_author_would_write_it() {
		List<GiftQuestion> questions = List.of(
				new MultipleChoice("Leak", "leakage", "Why limit leakage?", TextFormat.MOODLE, "Protect the patient.", 0,
						List.of(new Choice("Harm", BigDecimal.ONE, "Right."), new Choice("Cost", BigDecimal.ZERO, "")),
						false, false),
				new TrueFalse("Ground", "leakage", "A broken earth can go unnoticed.", TextFormat.MOODLE, "", 0, true,
						"Right.", "It can."),
				new Numerical("Limit", "leakage", "0.5 mA in µA?", TextFormat.MOODLE, "", 0,
						List.of(new Numerical.Answer(decimal("500"), BigDecimal.ZERO, BigDecimal.ONE, "")), ""));

		assertThat(WRITER.write(questions).text()).isEqualTo("""
				$CATEGORY: leakage

				::Leak::Why limit leakage? {
					=Harm #Right.
					~Cost
					####Protect the patient.
				}

				::Ground::A broken earth can go unnoticed. {TRUE#It can.#Right.}

				::Limit::0.5 mA in µA? {#500:0}
				""");
	}

	@Test
	void a_problem_the_parser_reports_is_placed_on_the_part_it_concerns() {
		List<GiftQuestion> questions = List.of(
				new TrueFalse("Fine", null, "Fine?", TextFormat.MOODLE, "", 0, true, "", ""),
				new MultipleChoice("Empty choice", null, "Pick", TextFormat.MOODLE, "", 0,
						List.of(new Choice("yes", BigDecimal.ONE, ""), new Choice(" ", BigDecimal.ZERO, "")), false,
						false),
				new MultipleChoice("Weights", null, "Pick two", TextFormat.MOODLE, "", 0,
						List.of(new Choice("a", decimal("0.5"), ""), new Choice("b", decimal("0.4"), ""),
								new Choice("c", BigDecimal.ZERO, "")),
						true, false),
				new TrueFalse("Fine", null, "Same title again", TextFormat.MOODLE, "", 0, true, "", ""));

		GiftWriter.Written written = WRITER.write(questions);
		List<GiftProblem> errors = Gift.parse(written.text()).errors();

		assertThat(errors).extracting(error -> written.partAt(error.line(), error.column()).orElseThrow())
			.extracting(GiftWriter.Part::question, GiftWriter.Part::field, GiftWriter.Part::index)
			.containsExactly(tuple(1, GiftField.ANSWER, 1), tuple(2, GiftField.ANSWERS, 0),
					tuple(3, GiftField.TITLE, 0));
	}

	@Test
	void what_gift_cannot_say_is_reported_before_writing() {
		assertThat(GiftWriter.unwritable(new Matching("M", null, "Match", TextFormat.MOODLE, "", 0,
				List.of(new Matching.Pair("a -> b", "c"), new Matching.Pair("d", "e -> f"), new Matching.Pair(" ", "h")),
				List.of("g"))))
			.extracting(Unwritable::field, Unwritable::index)
			.containsExactly(tuple(GiftField.ANSWER, 0), tuple(GiftField.ANSWER, 2));
		assertThat(GiftWriter.unwritable(new ShortAnswer("S", null, "Say", TextFormat.MOODLE, "", 0,
				List.of(new ShortAnswer.Answer("a->b", BigDecimal.ONE, "see -> there")))))
			.extracting(Unwritable::field, Unwritable::index)
			.containsExactly(tuple(GiftField.ANSWER, 0), tuple(GiftField.FEEDBACK, 0));
		assertThat(GiftWriter.unwritable(new MultipleChoice("C", null, "No gap here", TextFormat.MOODLE, "", 0,
				List.of(new Choice("%x", BigDecimal.ONE, ""), new Choice("b", BigDecimal.ONE, "")), false, true)))
			.extracting(Unwritable::field, Unwritable::index)
			.containsExactly(tuple(GiftField.TEXT, 0), tuple(GiftField.ANSWERS, 0), tuple(GiftField.ANSWER, 0));
		assertThat(GiftWriter.unwritable(new MultipleChoice("C", null, "Pick", TextFormat.MOODLE, "", 0,
				List.of(new Choice("a", decimal("0.5"), ""), new Choice("b", BigDecimal.ZERO, "")), false, false)))
			.extracting(Unwritable::field)
			.containsExactly(GiftField.ANSWERS);
	}

	/** The same question as if it started on line 0: where a question starts is not part of what it asks. */
	static GiftQuestion withoutLine(GiftQuestion question) {
		return switch (question) {
			case MultipleChoice q -> new MultipleChoice(q.title(), q.category(), q.text(), q.textFormat(),
					q.generalFeedback(), 0, q.choices(), q.multipleAnswers(), q.missingWord());
			case TrueFalse q -> new TrueFalse(q.title(), q.category(), q.text(), q.textFormat(), q.generalFeedback(),
					0, q.correctAnswer(), q.feedbackForTrue(), q.feedbackForFalse());
			case ShortAnswer q -> new ShortAnswer(q.title(), q.category(), q.text(), q.textFormat(),
					q.generalFeedback(), 0, q.answers());
			case Numerical q -> new Numerical(q.title(), q.category(), q.text(), q.textFormat(), q.generalFeedback(),
					0, q.answers(), q.otherAnswerFeedback());
			case Matching q -> new Matching(q.title(), q.category(), q.text(), q.textFormat(), q.generalFeedback(), 0,
					q.pairs(), q.distractors());
		};
	}

}

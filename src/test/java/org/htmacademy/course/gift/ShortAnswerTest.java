package org.htmacademy.course.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.htmacademy.course.gift.Gift.decimal;
import static org.htmacademy.course.gift.Gift.only;
import static org.htmacademy.course.gift.Gift.problems;

import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer.Answer;
import org.junit.jupiter.api.Test;

class ShortAnswerTest {

	@Test
	void every_equals_answer_is_right() {
		ShortAnswer question = only("::Unit::Leakage is stated in which unit? {=microamperes =microamps}",
				ShortAnswer.class);

		assertThat(question.answers()).extracting(Answer::text, Answer::fraction, Answer::feedback).containsExactly(
				tuple("microamperes", decimal("1"), ""), tuple("microamps", decimal("1"), ""));
	}

	@Test
	void answers_take_optional_weights_and_feedback() {
		ShortAnswer question = only("""
				::Shortanswer::Which is the best animal?{
					=Frog#Good!
					=%50%Cat#What is it with Moodlers and cats?
					=%0%*#Completely wrong
				}""", ShortAnswer.class);

		assertThat(question.answers()).extracting(Answer::text, answer -> answer.fraction().toPlainString(),
				Answer::feedback).containsExactly(
						tuple("Frog", "1", "Good!"),
						tuple("Cat", "0.5", "What is it with Moodlers and cats?"),
						tuple("*", "0", "Completely wrong"));
	}

	@Test
	void escapes_are_resolved_in_answers() {
		ShortAnswer question = only("::Q::Write the DICOM address. {=10.1.20.5\\:104 #Right\\: host\\:port}",
				ShortAnswer.class);

		assertThat(question.answers().getFirst().text()).isEqualTo("10.1.20.5:104");
		assertThat(question.answers().getFirst().feedback()).isEqualTo("Right: host:port");
	}

	@Test
	void an_answer_without_an_equals_sign_is_read_as_right_with_a_warning() {
		ShortAnswer question = only("::Q::Capital of France? {Paris}", ShortAnswer.class);

		assertThat(question.answers()).extracting(Answer::text).containsExactly("Paris");
		assertThat(problems("::Q::Capital of France? {Paris}")).containsExactly(
				"quiz.gift:1:26: warning: answer without '=': Moodle reads it as a right answer; write it as =answer");
	}
}

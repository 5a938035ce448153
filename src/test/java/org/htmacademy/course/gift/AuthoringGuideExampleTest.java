package org.htmacademy.course.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.gift.Gift.parse;

import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;
import org.junit.jupiter.api.Test;

/** The example of courses/README.md, with a blank line between its numerical questions as Moodle needs. */
class AuthoringGuideExampleTest {

	private static final String EXAMPLE = """
			// Comments start with two slashes and are ignored.
			$CATEGORY: leakage

			// Multiple choice, one right answer; per-answer feedback after #
			::Leakage limit basis::Why is leakage current limited on patient-connected equipment? {
			  =Current through the patient can cause harm even at levels the patient cannot feel. #Right: cardiac tissue is sensitive.
			  ~To reduce the hospital's electricity bill. #No: the currents involved are microamperes.
			  ~Because the device would otherwise trip the circuit breaker. #No: breakers respond to amperes.
			  ####Leakage limits exist to protect the patient.
			}

			// Multiple choice with partial credit
			::Test record::Which item is most important to record? {
			  =The measured value and the limit it was compared to
			  ~%50%The name of the tester #Useful, but the result matters most.
			  ~The weather
			}

			// Multiple answers: no "=", weights add up to 100 for the right choices; wrong ones negative
			::Applied parts::Which of these are applied parts? {
			  ~%50%ECG electrodes
			  ~%50%A pulse-oximeter probe
			  ~%-100%The mains power cord
			}

			// True/false: first feedback is shown for a wrong answer, second for a right one
			::Ground::A broken protective earth conductor can go unnoticed in normal use. {TRUE#It can: the device keeps working.#Right: that is why we test it.}

			// Short answer: any listed answer is right; case and surrounding spaces are ignored
			::Unit::Leakage current is usually stated in which unit (one word, plural)? {=microamperes =microamps}

			// Numerical: value:tolerance, a range min..max, or several answers with partial credit
			::Limit::What is 0.5 mA expressed in microamperes? {#500:0}

			::Range::Give any mains frequency used in North America or Europe, in hertz. {#50..60}

			::Partial::What is π to two decimal places? {#
			  =3.14:0.005
			  =%50%3.1:0.05
			}

			// Matching: at least three pairs, "question -> answer"
			::Match units::Match each quantity with its unit. {
			  =Current -> ampere
			  =Resistance -> ohm
			  =Voltage -> volt
			}

			// Missing word: the answer block sits inside the sentence
			::Missing word::The protective earth conductor should have a {=low ~high} resistance.

			// Text formats: [markdown], [html] (sanitized) or [plain] after the title
			::Formats::[markdown]Which **one** of these is a *Class I* feature? {=A protective earth conductor ~Double insulation only}
			""";

	@Test
	void every_example_question_parses_without_problems() {
		GiftParseResult result = parse(EXAMPLE);

		assertThat(result.problems()).isEmpty();
		assertThat(result.questions()).extracting(question -> question.getClass().getSimpleName()).containsExactly(
				"MultipleChoice", "MultipleChoice", "MultipleChoice", "TrueFalse", "ShortAnswer", "Numerical",
				"Numerical", "Numerical", "Matching", "MultipleChoice", "MultipleChoice");
		assertThat(result.questions()).allMatch(question -> "leakage".equals(question.category()));
		assertThat(result.questions()).extracting(GiftQuestion::line)
				.containsExactly(5, 13, 20, 27, 30, 33, 35, 37, 43, 50, 53);
	}

	@Test
	void the_example_questions_read_as_the_guide_describes() {
		var questions = parse(EXAMPLE).questions();

		assertThat(((MultipleChoice) questions.get(0)).generalFeedback())
				.isEqualTo("Leakage limits exist to protect the patient.");
		assertThat(((MultipleChoice) questions.get(2)).multipleAnswers()).isTrue();
		assertThat(((TrueFalse) questions.get(3)).feedbackForFalse()).isEqualTo("It can: the device keeps working.");
		assertThat(((ShortAnswer) questions.get(4)).answers()).hasSize(2);
		assertThat(((Numerical) questions.get(6)).answers().getFirst().value()).isEqualByComparingTo("55");
		assertThat(((Numerical) questions.get(7)).answers()).hasSize(2);
		assertThat(((Matching) questions.get(8)).pairs()).hasSize(3);
		assertThat(((MultipleChoice) questions.get(9)).missingWord()).isTrue();
		assertThat(questions.get(10).textFormat()).isEqualTo(TextFormat.MARKDOWN);
	}

	@Test
	void questions_on_consecutive_lines_run_together_as_in_moodle() {
		GiftParseResult result = parse("""
				::Limit::What is 0.5 mA expressed in microamperes? {#500:0}
				::Range::Give any mains frequency used in North America or Europe, in hertz. {#50..60}
				""");

		assertThat(result.errors()).extracting(GiftProblem::toString).containsExactly(
				"quiz.gift:2:78: error: a second answer block: separate questions with a blank line, "
						+ "or write \\{ and \\} for literal braces");
	}
}

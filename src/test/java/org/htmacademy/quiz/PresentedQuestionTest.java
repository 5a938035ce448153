package org.htmacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;
import org.htmacademy.course.gift.TextFormat;
import org.htmacademy.quiz.PresentedQuestion.InputKind;
import org.junit.jupiter.api.Test;

class PresentedQuestionTest {

	private static final MultipleChoice CLASS_I = Gift.question("""
			[markdown]Which is a *Class I* feature? {
				=Protective earth ~Double insulation ~Battery power ~Insulated probe ~Isolated input
			}""", MultipleChoice.class);

	private static final Matching UNITS = Gift.question("""
			Match each quantity with its unit. {
				=Current -> ampere =Resistance -> ohm =Voltage -> volt =Power -> watt = -> farad
			}""", Matching.class);

	@Test
	void the_same_seed_gives_the_same_order_when_an_attempt_is_resumed() {
		assertThat(PresentedQuestion.of(CLASS_I, 42, true)).isEqualTo(PresentedQuestion.of(CLASS_I, 42, true));
		assertThat(PresentedQuestion.of(UNITS, 42, true)).isEqualTo(PresentedQuestion.of(UNITS, 42, true));
	}

	@Test
	void different_seeds_give_different_orders() {
		Set<List<String>> orders = new HashSet<>();
		LongStream.range(0, 20).forEach(seed -> orders.add(PresentedQuestion.of(CLASS_I, seed, true).choices()));

		assertThat(orders).hasSizeGreaterThan(10);
	}

	@Test
	void choices_keep_the_authored_order_when_answers_are_not_shuffled() {
		PresentedQuestion presented = PresentedQuestion.of(CLASS_I, 42, false);

		assertThat(presented.choices()).containsExactly("Protective earth", "Double insulation", "Battery power",
				"Insulated probe", "Isolated input");
		assertThat(presented.choiceOrder()).containsExactly(0, 1, 2, 3, 4);
	}

	@Test
	void a_click_on_a_presented_choice_becomes_a_response_in_the_original_order() {
		PresentedQuestion presented = PresentedQuestion.of(CLASS_I, 7, true);
		int shownAt = presented.choices().indexOf("Protective earth");

		assertThat(presented.originalChoice(shownAt)).isZero();
		assertThat(presented.choose(shownAt)).isEqualTo(Response.ChoiceResponse.of(0));
		assertThat(QuestionScorer.score(CLASS_I, presented.choose(shownAt)).outcome()).isEqualTo(Outcome.CORRECT);
		for (int i = 0; i < presented.choices().size(); i++) {
			assertThat(CLASS_I.choices().get(presented.originalChoice(i)).text()).isEqualTo(presented.choices().get(i));
		}
	}

	@Test
	void a_choice_question_shows_its_text_format_and_whether_several_answers_may_be_ticked() {
		MultipleChoice several = Gift.question("Applied parts? {~%50%ECG ~%50%SpO2 probe ~%-100%Cord}",
				MultipleChoice.class);

		PresentedQuestion single = PresentedQuestion.of(CLASS_I, 1, true);

		assertThat(single.text()).isEqualTo("Which is a *Class I* feature?");
		assertThat(single.textFormat()).isEqualTo(TextFormat.MARKDOWN);
		assertThat(single.kind()).isEqualTo(InputKind.SINGLE_CHOICE);
		assertThat(PresentedQuestion.of(several, 1, true).kind()).isEqualTo(InputKind.MULTIPLE_CHOICE);
	}

	@Test
	void typed_answers_and_true_false_show_only_the_text_and_the_input_kind() {
		PresentedQuestion trueFalse = PresentedQuestion.of(Gift.question("Earth can fail. {T}", TrueFalse.class), 1,
				true);
		PresentedQuestion text = PresentedQuestion.of(Gift.question("Unit? {=ohm}", ShortAnswer.class), 1, true);
		PresentedQuestion number = PresentedQuestion.of(Gift.question("Hz? {#50}", Numerical.class), 1, true);

		assertThat(trueFalse.kind()).isEqualTo(InputKind.TRUE_FALSE);
		assertThat(text.kind()).isEqualTo(InputKind.SHORT_TEXT);
		assertThat(number.kind()).isEqualTo(InputKind.NUMBER);
		assertThat(List.of(trueFalse, text, number)).allSatisfy(presented -> {
			assertThat(presented.choices()).isEmpty();
			assertThat(presented.stems()).isEmpty();
			assertThat(presented.answerOptions()).isEmpty();
		});
	}

	@Test
	void matching_offers_every_answer_and_distractor_once() {
		PresentedQuestion presented = PresentedQuestion.of(UNITS, 3, true);

		assertThat(presented.kind()).isEqualTo(InputKind.MATCHING);
		assertThat(presented.stems()).containsExactlyInAnyOrder("Current", "Resistance", "Voltage", "Power");
		assertThat(presented.answerOptions()).containsExactlyInAnyOrder("ampere", "ohm", "volt", "watt", "farad");
		for (int i = 0; i < presented.stems().size(); i++) {
			assertThat(UNITS.pairs().get(presented.originalStem(i)).question()).isEqualTo(presented.stems().get(i));
		}
	}

	@Test
	void matching_answers_are_shuffled_even_when_answers_are_not_so_they_do_not_line_up_with_their_pairs() {
		Set<List<String>> orders = new HashSet<>();
		LongStream.range(0, 20).forEach(seed -> {
			PresentedQuestion presented = PresentedQuestion.of(UNITS, seed, false);
			assertThat(presented.stems()).containsExactly("Current", "Resistance", "Voltage", "Power");
			orders.add(presented.answerOptions());
		});

		assertThat(orders).hasSizeGreaterThan(10);
	}

	@Test
	void an_answer_shared_by_two_pairs_is_offered_once() {
		Matching shared = Gift.question("Match. {=Leakage current -> ampere =Supply current -> ampere =Mains -> volt}",
				Matching.class);

		assertThat(PresentedQuestion.of(shared, 1, true).answerOptions()).containsExactlyInAnyOrder("ampere", "volt");
	}
}

package org.htmacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The browser gets a PresentedQuestion before submission; nothing in it may give the answer away. */
class AnswerKeyNeverPresentedTest {

	record Case(GiftQuestion question, List<String> secrets) {
		@Override
		public String toString() {
			return question.getClass().getSimpleName();
		}
	}

	static Stream<Case> questions() {
		return Stream.of(new Case(Gift.question("""
				::TitleSecretMc::Which is a Class I feature? {
					=Protective earth #FeedbackSecretRight
					~%33.33333%Double insulation #FeedbackSecretPartial
					~%-50%Battery power #FeedbackSecretNegative
					####GeneralSecretMc
				}""", MultipleChoice.class),
				List.of("TitleSecretMc", "FeedbackSecret", "GeneralSecretMc", "0.3333333", "33.33333", "-0.5", "-50",
						"%")),
				new Case(Gift.question("""
						::TitleSecretMa::Applied parts? {
							~%50%ECG #FeedbackSecretEcg
							~%50%Probe #FeedbackSecretProbe
							~%-100%Cord #FeedbackSecretCord
							####GeneralSecretMa
						}""", MultipleChoice.class),
						List.of("TitleSecretMa", "FeedbackSecret", "GeneralSecretMa", "0.5", "-1", "50", "%")),
				new Case(Gift.question("""
						::TitleSecretTf::Earth can fail unnoticed. {TRUE#FeedbackSecretWrong#FeedbackSecretRight
						####GeneralSecretTf}""", TrueFalse.class),
						List.of("TitleSecretTf", "FeedbackSecret", "GeneralSecretTf")),
				new Case(Gift.question("""
						::TitleSecretSa::Leakage unit? {
							=AnswerSecretMicroamperes #FeedbackSecretRight
							=%50%AnswerSecretMicro* #FeedbackSecretHalf
							####GeneralSecretSa
						}""", ShortAnswer.class),
						List.of("TitleSecretSa", "AnswerSecret", "FeedbackSecret", "GeneralSecretSa", "0.5", "%")),
				new Case(Gift.question("""
						::TitleSecretNum::Frequency? {#
							=1822.375:0.0625 #FeedbackSecretExact
							=%50%1790..1810 #FeedbackSecretRange
							~#FeedbackSecretOther
							####GeneralSecretNum
						}""", Numerical.class),
						List.of("TitleSecretNum", "1822", "0.0625", "1800", "1790", "1810", "FeedbackSecret",
								"GeneralSecretNum", "0.5", "%")),
				new Case(Gift.question("""
						::TitleSecretMatch::Match units. {
							=Current -> ampere
							=Resistance -> ohm
							=Voltage -> volt
							= -> farad
							####GeneralSecretMatch
						}""", Matching.class), List.of("TitleSecretMatch", "GeneralSecretMatch", "->")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("questions")
	void a_presented_question_holds_no_fraction_feedback_or_answer_text(Case c) {
		for (long seed = 0; seed < 5; seed++) {
			for (boolean shuffle : new boolean[] { true, false }) {
				PresentedQuestion presented = PresentedQuestion.of(c.question(), seed, shuffle);
				List<Object> leaves = leaves(presented);

				assertThat(leaves).noneMatch(BigDecimal.class::isInstance);
				// Not even a true/false question's right value: no flag of any kind.
				assertThat(leaves).noneMatch(Boolean.class::isInstance);
				for (String secret : c.secrets()) {
					assertThat(presented.toString()).doesNotContain(secret);
					assertThat(leaves).noneMatch(leaf -> String.valueOf(leaf).contains(secret));
				}
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("questions")
	void no_component_of_a_presented_question_is_named_after_the_answer_key(Case c) {
		List<String> names = componentNames(PresentedQuestion.class);

		assertThat(names).noneMatch(name -> Stream.of("fraction", "feedback", "correct", "right", "tolerance", "title")
			.anyMatch(name.toLowerCase()::contains));
	}

	/** Every value reachable through record components, lists and maps. */
	private static List<Object> leaves(Object value) {
		List<Object> leaves = new ArrayList<>();
		switch (value) {
			case null -> {
			}
			case Record record -> {
				for (RecordComponent component : record.getClass().getRecordComponents()) {
					leaves.addAll(leaves(read(component, record)));
				}
			}
			case Collection<?> collection -> collection.forEach(element -> leaves.addAll(leaves(element)));
			case Map<?, ?> map -> map.forEach((key, element) -> {
				leaves.addAll(leaves(key));
				leaves.addAll(leaves(element));
			});
			case String _, Number _, Boolean _, Enum<?> _ -> leaves.add(value);
			default -> fail("a presented question holds a %s, which this test cannot inspect", value.getClass());
		}
		return leaves;
	}

	private static Object read(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
	}

	private static List<String> componentNames(Class<?> type) {
		List<String> names = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			names.add(component.getName());
			if (component.getType().isRecord()) {
				names.addAll(componentNames(component.getType()));
			}
		}
		return names;
	}
}

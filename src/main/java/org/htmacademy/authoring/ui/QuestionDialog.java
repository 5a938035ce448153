package org.htmacademy.authoring.ui;

import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.htmacademy.authoring.QuizSave;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;

/**
 * One question in the form of its type. Saving runs the validator over the whole quiz; the dialog closes only when
 * the quiz was saved, and otherwise shows each problem on its field.
 */
class QuestionDialog extends Dialog {

	enum Type {

		MULTIPLE_CHOICE("Multiple choice"), TRUE_FALSE("True or false"), SHORT_ANSWER("Short answer"),
		NUMERICAL("Number"), MATCHING("Matching");

		final String label;

		Type(String label) {
			this.label = label;
		}

		static Type of(GiftQuestion question) {
			return switch (question) {
				case MultipleChoice _ -> MULTIPLE_CHOICE;
				case TrueFalse _ -> TRUE_FALSE;
				case ShortAnswer _ -> SHORT_ANSWER;
				case Numerical _ -> NUMERICAL;
				case Matching _ -> MATCHING;
			};
		}

	}

	final QuestionForm form;

	final Button save = new Button("Save question");

	/**
	 * @param question null for a new question of the type
	 * @param saveQuiz saves the quiz with this question; the dialog shows the problems of question {@code index}
	 */
	QuestionDialog(Type type, GiftQuestion question, String category, int index,
			Function<GiftQuestion, QuizSave> saveQuiz) {
		form = switch (type) {
			case MULTIPLE_CHOICE -> new ChoiceForm((MultipleChoice) question, category);
			case TRUE_FALSE -> new TrueFalseForm((TrueFalse) question, category);
			case SHORT_ANSWER -> new ShortAnswerForm((ShortAnswer) question, category);
			case NUMERICAL -> new NumericalForm((Numerical) question, category);
			case MATCHING -> new MatchingForm((Matching) question, category);
		};
		setHeaderTitle((question == null ? "New question: " : "Edit question: ") + type.label);
		save.setId("save-question");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickListener(e -> {
			GiftQuestion built = form.build();
			if (built == null) {
				return;
			}
			QuizSave result = saveQuiz.apply(built);
			if (result.saved()) {
				close();
			}
			else {
				form.showProblems(result.problems().stream().filter(p -> p.question() == index).toList());
				if (result.problems().stream().noneMatch(p -> p.question() == index)) {
					form.showProblems(result.problems());
				}
			}
		});
		add(form);
		getFooter().add(new Button("Cancel", e -> close()), save);
		setWidth("min(60rem, 96vw)");
	}

}

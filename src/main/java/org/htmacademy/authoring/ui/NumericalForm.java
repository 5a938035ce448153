package org.htmacademy.authoring.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.htmacademy.course.gift.GiftField;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.Numerical.Answer;

/** The learner types a number; it is right within the tolerance of an answer. */
class NumericalForm extends QuestionForm {

	final Div rows = new Div();

	final List<TextField> values = new ArrayList<>();

	final List<TextField> tolerances = new ArrayList<>();

	final List<Select<BigDecimal>> grades = new ArrayList<>();

	final List<TextField> feedbacks = new ArrayList<>();

	final TextField otherFeedback = new TextField("Feedback for any other answer");

	NumericalForm(Numerical question, String category) {
		super(question, category);
		rows.addClassName("answer-rows");
		Button add = new Button("Add an answer", VaadinIcon.PLUS.create(), e -> {
			List<String[]> answers = new ArrayList<>(current());
			answers.add(new String[] { "", "0", "0", "" });
			rebuild(answers);
		});
		add.addThemeVariants(ButtonVariant.SMALL);
		List<String[]> answers = new ArrayList<>();
		if (question != null) {
			question.answers()
				.forEach(a -> answers.add(new String[] { a.value().toString(), a.tolerance().toString(),
						a.fraction().toString(), a.feedback() }));
			otherFeedback.setValue(question.otherAnswerFeedback());
		}
		else {
			answers.add(new String[] { "", "0", "1", "" });
		}
		rebuild(answers);
		otherFeedback.setWidthFull();
		add(title, text, format, rows, add, otherFeedback, answersProblem, generalFeedback);
	}

	/** value, tolerance, fraction and feedback of each row, as typed. */
	private void rebuild(List<String[]> answers) {
		rows.removeAll();
		values.clear();
		tolerances.clear();
		grades.clear();
		feedbacks.clear();
		for (int i = 0; i < answers.size(); i++) {
			String[] answer = answers.get(i);
			TextField value = new TextField("Answer " + (i + 1));
			value.setValue(answer[0]);
			TextField tolerance = new TextField("± tolerance");
			tolerance.setValue(answer[1]);
			Select<BigDecimal> grade = Grades.select(Grades.CREDIT, new BigDecimal(answer[2]));
			TextField feedback = new TextField("Feedback");
			feedback.setValue(answer[3]);
			int index = i;
			Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
				List<String[]> rest = new ArrayList<>(current());
				rest.remove(index);
				rebuild(rest);
			});
			remove.addThemeVariants(ButtonVariant.TERTIARY);
			remove.setAriaLabel("Remove answer " + (i + 1));
			values.add(value);
			tolerances.add(tolerance);
			grades.add(grade);
			feedbacks.add(feedback);
			Div row = new Div(value, tolerance, grade, feedback, remove);
			row.addClassName("answer-row");
			rows.add(row);
		}
	}

	private List<String[]> current() {
		List<String[]> answers = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			answers.add(new String[] { values.get(i).getValue(), tolerances.get(i).getValue(),
					grades.get(i).getValue().toString(), feedbacks.get(i).getValue() });
		}
		return answers;
	}

	/** Null when a value or tolerance is not a number; the fields then say so. */
	@Override
	GiftQuestion build() {
		List<Answer> answers = new ArrayList<>();
		boolean numbers = true;
		for (int i = 0; i < values.size(); i++) {
			BigDecimal value = number(values.get(i));
			BigDecimal tolerance = number(tolerances.get(i));
			numbers &= value != null && tolerance != null;
			if (value != null && tolerance != null) {
				answers.add(new Answer(value, tolerance, grades.get(i).getValue(), feedbacks.get(i).getValue().strip()));
			}
		}
		return !numbers ? null
				: new Numerical(titleValue(), category(), text.getValue().strip(), format.getValue(),
						generalFeedback.getValue().strip(), 0, answers, otherFeedback.getValue().strip());
	}

	private static BigDecimal number(TextField field) {
		try {
			clear(field);
			return new BigDecimal(field.getValue().strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			field.setInvalid(true);
			field.setErrorMessage("Write a number, like 500 or 0.25.");
			return null;
		}
	}

	@Override
	HasValidation answerField(GiftField field, int index) {
		return switch (field) {
			case ANSWER -> index < values.size() ? values.get(index) : null;
			case FEEDBACK -> index < feedbacks.size() ? feedbacks.get(index) : null;
			case OTHER_FEEDBACK -> otherFeedback;
			default -> null;
		};
	}

	@Override
	void clearAnswers() {
		values.forEach(QuestionForm::clear);
		tolerances.forEach(QuestionForm::clear);
		feedbacks.forEach(QuestionForm::clear);
		clear(otherFeedback);
	}

}

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
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer.Answer;

/** The learner types a word or two; any listed answer is accepted, ignoring case and surrounding spaces. */
class ShortAnswerForm extends QuestionForm {

	final Div rows = new Div();

	final List<TextField> texts = new ArrayList<>();

	final List<Select<BigDecimal>> grades = new ArrayList<>();

	final List<TextField> feedbacks = new ArrayList<>();

	ShortAnswerForm(ShortAnswer question, String category) {
		super(question, category);
		rows.addClassName("answer-rows");
		Button add = new Button("Add an accepted answer", VaadinIcon.PLUS.create(), e -> {
			List<Answer> answers = new ArrayList<>(current());
			answers.add(new Answer("", BigDecimal.ONE, ""));
			rebuild(answers);
		});
		add.addThemeVariants(ButtonVariant.SMALL);
		rebuild(question != null ? question.answers() : List.of(new Answer("", BigDecimal.ONE, "")));
		add(title, text, format, rows, add, answersProblem, generalFeedback);
	}

	private void rebuild(List<Answer> answers) {
		rows.removeAll();
		texts.clear();
		grades.clear();
		feedbacks.clear();
		for (int i = 0; i < answers.size(); i++) {
			Answer answer = answers.get(i);
			TextField answerText = new TextField("Accepted answer " + (i + 1));
			answerText.setValue(answer.text());
			Select<BigDecimal> grade = Grades.select(Grades.CREDIT, answer.fraction());
			TextField feedback = new TextField("Feedback");
			feedback.setValue(answer.feedback());
			int index = i;
			Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
				List<Answer> rest = new ArrayList<>(current());
				rest.remove(index);
				rebuild(rest);
			});
			remove.addThemeVariants(ButtonVariant.TERTIARY);
			remove.setAriaLabel("Remove answer " + (i + 1));
			texts.add(answerText);
			grades.add(grade);
			feedbacks.add(feedback);
			Div row = new Div(answerText, grade, feedback, remove);
			row.addClassName("answer-row");
			rows.add(row);
		}
	}

	private List<Answer> current() {
		List<Answer> answers = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			answers.add(new Answer(texts.get(i).getValue().strip(), grades.get(i).getValue(),
					feedbacks.get(i).getValue().strip()));
		}
		return answers;
	}

	@Override
	GiftQuestion build() {
		return new ShortAnswer(titleValue(), category(), text.getValue().strip(), format.getValue(),
				generalFeedback.getValue().strip(), 0, current());
	}

	@Override
	HasValidation answerField(GiftField field, int index) {
		return switch (field) {
			case ANSWER -> index < texts.size() ? texts.get(index) : null;
			case FEEDBACK -> index < feedbacks.size() ? feedbacks.get(index) : null;
			default -> null;
		};
	}

	@Override
	void clearAnswers() {
		texts.forEach(QuestionForm::clear);
		feedbacks.forEach(QuestionForm::clear);
	}

}

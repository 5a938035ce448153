package org.htmacademy.authoring.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.htmacademy.course.gift.GiftField;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice.Choice;

/** Multiple choice, one or several right answers; a missing-word question marks its gap with _____. */
class ChoiceForm extends QuestionForm {

	static final String GAP = "_____";

	final Checkbox several = new Checkbox("Several right answers (the right choices' grades add up to 100%)");

	final Div rows = new Div();

	final List<TextField> texts = new ArrayList<>();

	final List<Select<BigDecimal>> grades = new ArrayList<>();

	final List<TextField> feedbacks = new ArrayList<>();

	ChoiceForm(MultipleChoice question, String category) {
		super(question, category);
		text.setHelperText("For a missing-word question, put " + GAP + " where the missing word goes, with text after "
				+ "it.");
		several.setValue(question != null && question.multipleAnswers());
		several.addValueChangeListener(e -> rebuild(current()));
		rows.addClassName("answer-rows");
		Button add = new Button("Add a choice", VaadinIcon.PLUS.create(), e -> {
			List<Choice> choices = new ArrayList<>(current());
			choices.add(new Choice("", BigDecimal.ZERO, ""));
			rebuild(choices);
		});
		add.addThemeVariants(ButtonVariant.SMALL);
		rebuild(question != null ? question.choices()
				: List.of(new Choice("", BigDecimal.ONE, ""), new Choice("", BigDecimal.ZERO, ""),
						new Choice("", BigDecimal.ZERO, "")));
		add(title, text, format, several, rows, add, answersProblem, generalFeedback);
	}

	private void rebuild(List<Choice> choices) {
		rows.removeAll();
		texts.clear();
		grades.clear();
		feedbacks.clear();
		for (int i = 0; i < choices.size(); i++) {
			Choice choice = choices.get(i);
			TextField choiceText = new TextField("Choice " + (i + 1));
			choiceText.setValue(choice.text());
			Select<BigDecimal> grade = Grades.select(several.getValue() ? Grades.WITH_PENALTIES : Grades.CREDIT,
					choice.fraction());
			TextField feedback = new TextField("Feedback: why it is right or wrong");
			feedback.setValue(choice.feedback());
			int index = i;
			Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
				List<Choice> rest = new ArrayList<>(current());
				rest.remove(index);
				rebuild(rest);
			});
			remove.addThemeVariants(ButtonVariant.TERTIARY);
			remove.setAriaLabel("Remove choice " + (i + 1));
			texts.add(choiceText);
			grades.add(grade);
			feedbacks.add(feedback);
			Div row = new Div(choiceText, grade, feedback, remove);
			row.addClassName("answer-row");
			rows.add(row);
		}
	}

	private List<Choice> current() {
		List<Choice> choices = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			choices.add(new Choice(texts.get(i).getValue().strip(), grades.get(i).getValue(),
					feedbacks.get(i).getValue().strip()));
		}
		return choices;
	}

	@Override
	GiftQuestion build() {
		String question = text.getValue().strip();
		int gap = question.indexOf(GAP);
		boolean missingWord = gap >= 0 && !question.substring(gap + GAP.length()).isBlank();
		return new MultipleChoice(titleValue(), category(), question, format.getValue(),
				generalFeedback.getValue().strip(), 0, current(), several.getValue(), missingWord);
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

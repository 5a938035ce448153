package org.htmacademy.authoring.ui;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.htmacademy.authoring.ui.GradedAnswerRows.Row;
import org.htmacademy.course.gift.GiftField;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice.Choice;

/** Multiple choice, one or several right answers; a missing-word question marks its gap with _____. */
class ChoiceForm extends QuestionForm {

	static final String GAP = "_____";

	final Checkbox several = new Checkbox("Several right answers (the right choices' grades add up to 100%)");

	final GradedAnswerRows choices = new GradedAnswerRows("Choice", "Feedback: why it is right or wrong",
			"Remove choice", () -> several.getValue() ? Grades.WITH_PENALTIES : Grades.CREDIT);

	ChoiceForm(MultipleChoice question, String category) {
		super(question, category);
		text.setHelperText("For a missing-word question, put " + GAP + " where the missing word goes, with text after "
				+ "it.");
		several.setValue(question != null && question.multipleAnswers());
		several.addValueChangeListener(e -> choices.rebuild());
		choices.show(question != null
				? question.choices().stream().map(c -> new Row(c.text(), c.fraction(), c.feedback())).toList()
				: List.of(new Row("", BigDecimal.ONE, ""), new Row("", BigDecimal.ZERO, ""),
						new Row("", BigDecimal.ZERO, "")));
		add(title, text, format, several, choices, choices.addButton("Add a choice", new Row("", BigDecimal.ZERO, "")),
				answersProblem, generalFeedback);
	}

	@Override
	GiftQuestion build() {
		String question = text.getValue().strip();
		int gap = question.indexOf(GAP);
		boolean missingWord = gap >= 0 && !question.substring(gap + GAP.length()).isBlank();
		return new MultipleChoice(titleValue(), category(), question, format.getValue(),
				generalFeedback.getValue().strip(), 0,
				choices.current().stream().map(row -> new Choice(row.text(), row.fraction(), row.feedback())).toList(),
				several.getValue(), missingWord);
	}

	@Override
	HasValidation answerField(GiftField field, int index) {
		return choices.field(field, index);
	}

	@Override
	void clearAnswers() {
		choices.clearProblems();
	}

}

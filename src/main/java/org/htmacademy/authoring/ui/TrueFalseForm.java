package org.htmacademy.authoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.htmacademy.course.gift.GiftField;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;

/** A statement that is true or false, with the feedback for each answer a learner can give. */
class TrueFalseForm extends QuestionForm {

	final RadioButtonGroup<Boolean> correct = new RadioButtonGroup<>("The statement is");

	final TextField feedbackForTrue = new TextField("Feedback for a learner who answers true");

	final TextField feedbackForFalse = new TextField("Feedback for a learner who answers false");

	TrueFalseForm(TrueFalse question, String category) {
		super(question, category);
		text.setLabel("Statement");
		correct.setItems(true, false);
		correct.setItemLabelGenerator(value -> value ? "True" : "False");
		correct.setValue(question == null || question.correctAnswer());
		feedbackForTrue.setWidthFull();
		feedbackForFalse.setWidthFull();
		if (question != null) {
			feedbackForTrue.setValue(question.feedbackForTrue());
			feedbackForFalse.setValue(question.feedbackForFalse());
		}
		add(title, text, format, correct, feedbackForTrue, feedbackForFalse, answersProblem, generalFeedback);
	}

	@Override
	GiftQuestion build() {
		return new TrueFalse(titleValue(), category(), text.getValue().strip(), format.getValue(),
				generalFeedback.getValue().strip(), 0, correct.getValue(), feedbackForTrue.getValue().strip(),
				feedbackForFalse.getValue().strip());
	}

	@Override
	HasValidation answerField(GiftField field, int index) {
		return switch (field) {
			case FEEDBACK_FOR_TRUE -> feedbackForTrue;
			case FEEDBACK_FOR_FALSE -> feedbackForFalse;
			default -> null;
		};
	}

	@Override
	void clearAnswers() {
		clear(feedbackForTrue, feedbackForFalse);
	}

}

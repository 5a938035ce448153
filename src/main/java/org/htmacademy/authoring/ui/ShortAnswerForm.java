package org.htmacademy.authoring.ui;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import org.htmacademy.authoring.ui.GradedAnswerRows.Row;
import org.htmacademy.course.gift.GiftField;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer.Answer;

/** The learner types a word or two; any listed answer is accepted, ignoring case and surrounding spaces. */
class ShortAnswerForm extends QuestionForm {

	final GradedAnswerRows answers = new GradedAnswerRows("Accepted answer", "Feedback", "Remove answer",
			() -> Grades.CREDIT);

	ShortAnswerForm(ShortAnswer question, String category) {
		super(question, category);
		answers.show(question != null
				? question.answers().stream().map(a -> new Row(a.text(), a.fraction(), a.feedback())).toList()
				: List.of(new Row("", BigDecimal.ONE, "")));
		add(title, text, format, answers, answers.addButton("Add an accepted answer", new Row("", BigDecimal.ONE, "")),
				answersProblem, generalFeedback);
	}

	@Override
	GiftQuestion build() {
		return new ShortAnswer(titleValue(), category(), text.getValue().strip(), format.getValue(),
				generalFeedback.getValue().strip(), 0,
				answers.current().stream().map(row -> new Answer(row.text(), row.fraction(), row.feedback())).toList());
	}

	@Override
	HasValidation answerField(GiftField field, int index) {
		return answers.field(field, index);
	}

	@Override
	void clearAnswers() {
		answers.clearProblems();
	}

}

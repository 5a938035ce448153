package org.htmacademy.authoring.ui;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.htmacademy.authoring.QuestionProblem;
import org.htmacademy.course.gift.GiftField;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.TextFormat;

/**
 * The fields every question type has, and the problems the GIFT validator reports placed on them. A subclass adds
 * the answers of its type and builds the question.
 */
abstract class QuestionForm extends Div {

	final TextField title = new TextField("Title");

	final TextArea text = new TextArea("Question");

	final Select<TextFormat> format = new Select<>();

	final TextArea generalFeedback = new TextArea("General feedback");

	/** Problems with the answers as a whole, and any the form cannot place on a field. */
	final Paragraph answersProblem = new Paragraph();

	private final String category;

	QuestionForm(GiftQuestion question, String category) {
		this.category = question == null ? category : question.category();
		addClassName("question-form");
		title.setHelperText("The question's stable identity for the gradebook: keep it when you edit the question.");
		title.setRequired(true);
		title.setWidthFull();
		text.setWidthFull();
		format.setLabel("Text format");
		format.setItems(TextFormat.values());
		format.setItemLabelGenerator(f -> switch (f) {
			case MOODLE -> "Plain text with line breaks";
			case MARKDOWN -> "Markdown";
			case PLAIN -> "Plain text";
			case HTML -> "HTML (sanitized)";
		});
		format.setValue(TextFormat.MOODLE);
		generalFeedback.setHelperText("Shown to everyone after the attempt, as the quiz's review setting allows.");
		generalFeedback.setWidthFull();
		answersProblem.addClassName("field-problem");
		answersProblem.setVisible(false);
		if (question != null) {
			title.setValue(Objects.requireNonNullElse(question.title(), ""));
			text.setValue(question.text());
			format.setValue(question.textFormat());
			generalFeedback.setValue(question.generalFeedback());
		}
	}

	/** The question as filled in; its line is 0, the writer places it. */
	abstract GiftQuestion build();

	/** The field of this type's answers where a problem belongs, or null for the answers as a whole. */
	abstract HasValidation answerField(GiftField field, int index);

	String category() {
		return category;
	}

	String titleValue() {
		return title.getValue().isBlank() ? null : title.getValue().strip();
	}

	void showProblems(List<QuestionProblem> problems) {
		clear(title, text, generalFeedback);
		clearAnswers();
		StringBuilder elsewhere = new StringBuilder();
		for (QuestionProblem problem : problems) {
			HasValidation field = problem.field() == null ? null : switch (problem.field()) {
				case TITLE -> title;
				case TEXT -> text;
				case GENERAL_FEEDBACK -> generalFeedback;
				default -> answerField(problem.field(), problem.index());
			};
			if (field == null) {
				elsewhere.append(elsewhere.isEmpty() ? "" : " · ").append(problem.message());
			}
			else {
				String before = field.getErrorMessage();
				field.setErrorMessage(field.isInvalid() && before != null ? before + " · " + problem.message()
						: problem.message());
				field.setInvalid(true);
			}
		}
		answersProblem.setText(elsewhere.toString());
		answersProblem.setVisible(!elsewhere.isEmpty());
	}

	abstract void clearAnswers();

	static void clear(HasValidation... fields) {
		for (HasValidation field : fields) {
			field.setInvalid(false);
			field.setErrorMessage(null);
		}
	}

	static String joined(List<String> texts) {
		return texts.stream().collect(Collectors.joining("\n"));
	}

}

package org.htmacademy.authoring.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.htmacademy.course.gift.GiftField;

/**
 * Editable answer rows, each a text, a grade and feedback, with a button to remove it: the choices of a
 * multiple-choice question and the accepted answers of a short-answer one.
 */
final class GradedAnswerRows extends Div {

	/** One row's values. */
	record Row(String text, BigDecimal fraction, String feedback) {
	}

	final List<TextField> texts = new ArrayList<>();

	final List<Select<BigDecimal>> grades = new ArrayList<>();

	final List<TextField> feedbacks = new ArrayList<>();

	private final String textLabel;

	private final String feedbackLabel;

	private final String removeLabel;

	private final Supplier<List<BigDecimal>> gradeOptions;

	/**
	 * @param textLabel numbered per row: "Choice" gives "Choice 1", "Choice 2"…
	 * @param removeLabel what a screen reader says for a row's remove button, also numbered
	 * @param gradeOptions read at every rebuild, so a form can switch them (e.g. to allow penalties)
	 */
	GradedAnswerRows(String textLabel, String feedbackLabel, String removeLabel,
			Supplier<List<BigDecimal>> gradeOptions) {
		this.textLabel = textLabel;
		this.feedbackLabel = feedbackLabel;
		this.removeLabel = removeLabel;
		this.gradeOptions = gradeOptions;
		addClassName("answer-rows");
	}

	/** A button that appends {@code blank} to the rows. */
	Button addButton(String label, Row blank) {
		Button add = new Button(label, VaadinIcon.PLUS.create(), e -> {
			List<Row> rows = new ArrayList<>(current());
			rows.add(blank);
			show(rows);
		});
		add.addThemeVariants(ButtonVariant.SMALL);
		return add;
	}

	/** Shows the rows again as they are, e.g. after the grade options changed. */
	void rebuild() {
		show(current());
	}

	void show(List<Row> rows) {
		removeAll();
		texts.clear();
		grades.clear();
		feedbacks.clear();
		for (int i = 0; i < rows.size(); i++) {
			Row values = rows.get(i);
			TextField text = new TextField(textLabel + " " + (i + 1));
			text.setValue(values.text());
			Select<BigDecimal> grade = Grades.select(gradeOptions.get(), values.fraction());
			TextField feedback = new TextField(feedbackLabel);
			feedback.setValue(values.feedback());
			int index = i;
			Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
				List<Row> rest = new ArrayList<>(current());
				rest.remove(index);
				show(rest);
			});
			remove.addThemeVariants(ButtonVariant.TERTIARY);
			remove.setAriaLabel(removeLabel + " " + (i + 1));
			texts.add(text);
			grades.add(grade);
			feedbacks.add(feedback);
			Div row = new Div(text, grade, feedback, remove);
			row.addClassName("answer-row");
			add(row);
		}
	}

	/** The rows as entered, texts and feedback stripped. */
	List<Row> current() {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			rows.add(new Row(texts.get(i).getValue().strip(), grades.get(i).getValue(),
					feedbacks.get(i).getValue().strip()));
		}
		return rows;
	}

	/** The field a validator's message about answer {@code index} belongs next to, if it is in these rows. */
	HasValidation field(GiftField field, int index) {
		return switch (field) {
			case ANSWER -> index < texts.size() ? texts.get(index) : null;
			case FEEDBACK -> index < feedbacks.size() ? feedbacks.get(index) : null;
			default -> null;
		};
	}

	void clearProblems() {
		texts.forEach(QuestionForm::clear);
		feedbacks.forEach(QuestionForm::clear);
	}

}

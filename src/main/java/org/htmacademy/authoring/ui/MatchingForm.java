package org.htmacademy.authoring.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.htmacademy.course.gift.GiftField;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.Matching.Pair;

/** Pairs to match, plus extra answers that match nothing; at least two pairs and three answers. */
class MatchingForm extends QuestionForm {

	final Div rows = new Div();

	final List<TextField> questions = new ArrayList<>();

	final List<TextField> answers = new ArrayList<>();

	final TextArea distractors = new TextArea("Extra answers that match nothing (one per line)");

	MatchingForm(Matching question, String category) {
		super(question, category);
		rows.addClassName("answer-rows");
		Button add = new Button("Add a pair", VaadinIcon.PLUS.create(), e -> {
			List<Pair> pairs = new ArrayList<>(current());
			pairs.add(new Pair("", ""));
			rebuild(pairs);
		});
		add.addThemeVariants(ButtonVariant.SMALL);
		rebuild(question != null ? question.pairs() : List.of(new Pair("", ""), new Pair("", ""), new Pair("", "")));
		if (question != null) {
			distractors.setValue(joined(question.distractors()));
		}
		distractors.setWidthFull();
		add(title, text, format, rows, add, distractors, answersProblem, generalFeedback);
	}

	private void rebuild(List<Pair> pairs) {
		rows.removeAll();
		questions.clear();
		answers.clear();
		for (int i = 0; i < pairs.size(); i++) {
			TextField left = new TextField("Item " + (i + 1));
			left.setValue(pairs.get(i).question());
			TextField right = new TextField("Matches");
			right.setValue(pairs.get(i).answer());
			int index = i;
			Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
				List<Pair> rest = new ArrayList<>(current());
				rest.remove(index);
				rebuild(rest);
			});
			remove.addThemeVariants(ButtonVariant.TERTIARY);
			remove.setAriaLabel("Remove pair " + (i + 1));
			questions.add(left);
			answers.add(right);
			Div row = new Div(left, right, remove);
			row.addClassName("answer-row");
			rows.add(row);
		}
	}

	private List<Pair> current() {
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			pairs.add(new Pair(questions.get(i).getValue().strip(), answers.get(i).getValue().strip()));
		}
		return pairs;
	}

	@Override
	GiftQuestion build() {
		List<String> extra = distractors.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		List<Pair> filled = current().stream().filter(p -> !p.question().isEmpty() || !p.answer().isEmpty()).toList();
		return new Matching(titleValue(), category(), text.getValue().strip(), format.getValue(),
				generalFeedback.getValue().strip(), 0, filled, extra);
	}

	@Override
	HasValidation answerField(GiftField field, int index) {
		return switch (field) {
			case ANSWER -> index < questions.size() ? questions.get(index) : null;
			case DISTRACTOR -> distractors;
			default -> null;
		};
	}

	@Override
	void clearAnswers() {
		questions.forEach(QuestionForm::clear);
		answers.forEach(QuestionForm::clear);
		clear(distractors);
	}

}

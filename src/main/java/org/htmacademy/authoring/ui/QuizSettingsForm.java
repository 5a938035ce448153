package org.htmacademy.authoring.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.htmacademy.course.content.GradingMethod;
import org.htmacademy.course.content.QuizSettings;
import org.htmacademy.course.content.ReviewPolicy;

/** How a quiz is delivered and graded (the quiz settings of course.yml). */
class QuizSettingsForm extends FormLayout {

	final IntegerField passMark = new IntegerField("Pass mark (%)");

	final IntegerField attempts = new IntegerField("Attempts allowed (0: unlimited)");

	final IntegerField timeLimit = new IntegerField("Time limit in minutes (0: none)");

	final IntegerField draw = new IntegerField("Questions drawn per attempt (0: all)");

	final Checkbox shuffleQuestions = new Checkbox("Shuffle the questions");

	final Checkbox shuffleAnswers = new Checkbox("Shuffle the choices");

	final Select<ReviewPolicy> review = new Select<>();

	final Select<GradingMethod> grading = new Select<>();

	QuizSettingsForm() {
		addClassName("quiz-settings");
		for (IntegerField field : List.of(passMark, attempts, timeLimit, draw)) {
			field.setMin(0);
			field.setStepButtonsVisible(true);
		}
		passMark.setMax(100);
		review.setLabel("After submitting, learners see");
		review.setItems(ReviewPolicy.values());
		review.setItemLabelGenerator(policy -> switch (policy) {
			case SCORE_ONLY -> "Their score only";
			case YOUR_ANSWERS -> "Their answers";
			case CORRECT_ANSWERS -> "Their answers, the right answers and all feedback";
		});
		grading.setLabel("The quiz grade is the");
		grading.setItems(GradingMethod.values());
		grading.setItemLabelGenerator(method -> switch (method) {
			case HIGHEST -> "Highest attempt";
			case LAST -> "Last attempt";
			case FIRST -> "First attempt";
			case AVERAGE -> "Average of the attempts";
		});
		add(passMark, attempts, timeLimit, draw, review, grading, shuffleQuestions, shuffleAnswers);
	}

	void show(QuizSettings settings) {
		passMark.setValue(settings.passMark());
		attempts.setValue(settings.attempts());
		timeLimit.setValue(settings.timeLimitMinutes());
		draw.setValue(settings.draw());
		shuffleQuestions.setValue(settings.shuffleQuestions());
		shuffleAnswers.setValue(settings.shuffleAnswers());
		review.setValue(settings.review());
		grading.setValue(settings.grading());
	}

	/** Empty number fields count as 0. */
	QuizSettings settings() {
		return new QuizSettings(number(passMark), number(attempts), number(timeLimit), shuffleQuestions.getValue(),
				shuffleAnswers.getValue(), number(draw), review.getValue(), grading.getValue());
	}

	/** Messages by setting name (passMark, draw …) from the validator. */
	void showProblems(Map<String, List<String>> bySetting) {
		Map<String, HasValidation> fields = Map.of("passMark", passMark, "attempts", attempts, "timeLimitMinutes",
				timeLimit, "draw", draw, "review", review, "grading", grading);
		fields.forEach((name, field) -> {
			List<String> messages = bySetting.getOrDefault(name, List.of());
			field.setInvalid(!messages.isEmpty());
			field.setErrorMessage(messages.isEmpty() ? null : String.join(" · ", messages));
		});
	}

	private static int number(IntegerField field) {
		return field.getValue() == null ? 0 : field.getValue();
	}

}

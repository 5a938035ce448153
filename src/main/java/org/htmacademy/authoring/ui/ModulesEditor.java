package org.htmacademy.authoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.htmacademy.authoring.CourseOutline;
import org.htmacademy.authoring.CourseOutline.ModuleOutline;
import org.htmacademy.authoring.CourseOutline.QuizOutline;
import org.htmacademy.authoring.Draft;
import org.htmacademy.authoring.DraftProblem;
import org.htmacademy.authoring.ProblemPlace;

/** The modules of a draft in order, each with its lessons and quiz; then the final exam. */
class ModulesEditor extends Div {

	/** What the author asks for; the view saves it. A module index of -1 means the final exam. */
	interface Actions {

		void changed();

		void addModule();

		void moveModule(int module, int by);

		void removeModule(int module);

		void addLesson(int module);

		void moveLesson(int module, int lesson, int by);

		void removeLesson(int module, int lesson);

		void openLesson(String path);

		void addQuiz(int module);

		void removeQuiz(int module);

		void openQuiz(String path);

	}

	final List<TextField> ids = new ArrayList<>();

	final List<TextField> titles = new ArrayList<>();

	final Button addModule = new Button("Add a module", VaadinIcon.PLUS.create());

	private final Actions actions;

	private final List<Div> problemBoxes = new ArrayList<>();

	private Div finalExamProblems = new Div();

	ModulesEditor(Actions actions) {
		this.actions = actions;
		addClassName("modules-editor");
		addModule.setId("add-module");
		addModule.addClickListener(e -> actions.addModule());
	}

	void show(Draft draft, CourseOutline outline) {
		removeAll();
		ids.clear();
		titles.clear();
		problemBoxes.clear();
		for (int i = 0; i < outline.modules().size(); i++) {
			add(moduleCard(draft, outline, i));
		}
		add(addModule, finalExam(draft, outline.finalQuiz()));
	}

	/** The outline with the module ids and titles as typed. */
	CourseOutline applyTo(CourseOutline outline) {
		List<ModuleOutline> modules = new ArrayList<>();
		for (int i = 0; i < outline.modules().size(); i++) {
			ModuleOutline module = outline.modules().get(i);
			modules.add(new ModuleOutline(ids.get(i).getValue().strip(), titles.get(i).getValue().strip(),
					module.lessons(), module.quiz()));
		}
		return outline.withModules(modules);
	}

	/** Outline messages on the id and title fields; every other problem of a module under its card. */
	void showProblems(Map<String, List<String>> byField, List<DraftProblem> problems, CourseOutline outline) {
		for (int i = 0; i < ids.size(); i++) {
			mark(ids.get(i), byField.get("module/" + i + "/id"));
			mark(titles.get(i), byField.get("module/" + i + "/title"));
			Div box = problemBoxes.get(i);
			box.removeAll();
			String prefix = "module/" + i + "/";
			ModuleOutline module = outline.modules().get(i);
			for (DraftProblem problem : problems) {
				boolean here = switch (problem.place()) {
					case ProblemPlace.CourseField field -> field.key().startsWith(prefix)
							&& !field.key().equals(prefix + "id") && !field.key().equals(prefix + "title");
					case ProblemPlace.Lesson lesson -> module.lessons().contains(lesson.path());
					case ProblemPlace.Question question -> module.quiz() != null
							&& module.quiz().file().equals(question.path());
					case ProblemPlace.File file -> module.quiz() != null && module.quiz().file().equals(file.path());
				};
				if (here) {
					box.add(ProblemList.line(problem, outline));
				}
			}
		}
		finalExamProblems.removeAll();
		problems.stream()
			.filter(problem -> outline.finalQuiz() != null && (problem.file().equals(outline.finalQuiz().file())
					|| problem.place() instanceof ProblemPlace.CourseField field
							&& field.key().startsWith("finalQuiz")))
			.forEach(problem -> finalExamProblems.add(ProblemList.line(problem, outline)));
	}

	private Component moduleCard(Draft draft, CourseOutline outline, int index) {
		ModuleOutline module = outline.modules().get(index);
		TextField id = new TextField("Module id");
		id.setValue(module.id());
		id.addValueChangeListener(e -> changedByAuthor(e.isFromClient()));
		TextField title = new TextField("Module title");
		title.setValue(module.title());
		title.addValueChangeListener(e -> changedByAuthor(e.isFromClient()));
		title.addClassName("module-title");
		ids.add(id);
		titles.add(title);
		Div heading = new Div(new H3("Module " + (index + 1)), small("Up", VaadinIcon.ARROW_UP,
				() -> actions.moveModule(index, -1), index > 0),
				small("Down", VaadinIcon.ARROW_DOWN, () -> actions.moveModule(index, 1),
						index < outline.modules().size() - 1),
				small("Remove module", VaadinIcon.TRASH, () -> actions.removeModule(index), true));
		heading.addClassName("module-heading");
		Div fields = new Div(title, id);
		fields.addClassName("module-fields");
		OrderedList lessons = new OrderedList();
		lessons.addClassName("draft-lessons");
		for (int j = 0; j < module.lessons().size(); j++) {
			lessons.add(lessonRow(draft, module, index, j));
		}
		Button addLesson = new Button("Add a lesson", VaadinIcon.PLUS.create(), e -> actions.addLesson(index));
		addLesson.addThemeVariants(ButtonVariant.SMALL);
		addLesson.addClassName("add-lesson");
		Div problems = new Div();
		problems.addClassName("card-problems");
		problemBoxes.add(problems);
		Div card = new Div(heading, fields, lessons, addLesson, quizRow(draft, module.quiz(), index), problems);
		card.addClassNames("card", "draft-module");
		return card;
	}

	private Component lessonRow(Draft draft, ModuleOutline module, int moduleIndex, int lessonIndex) {
		String path = module.lessons().get(lessonIndex);
		String title = draft.lessonTitles().getOrDefault(path, "");
		Button open = new Button(title.isBlank() ? path : title, e -> actions.openLesson(path));
		open.addThemeVariants(ButtonVariant.TERTIARY);
		open.addClassName("lesson-link");
		Span file = new Span(path);
		file.addClassName("file-path");
		ListItem item = new ListItem(open, file,
				small("Up", VaadinIcon.ARROW_UP, () -> actions.moveLesson(moduleIndex, lessonIndex, -1),
						lessonIndex > 0),
				small("Down", VaadinIcon.ARROW_DOWN, () -> actions.moveLesson(moduleIndex, lessonIndex, 1),
						lessonIndex < module.lessons().size() - 1),
				small("Remove lesson", VaadinIcon.TRASH, () -> actions.removeLesson(moduleIndex, lessonIndex), true));
		return item;
	}

	private Component quizRow(Draft draft, QuizOutline quiz, int moduleIndex) {
		Div row = new Div();
		row.addClassName("quiz-row");
		if (quiz == null) {
			Button add = new Button(moduleIndex < 0 ? "Add a final exam" : "Add a module quiz",
					VaadinIcon.PLUS.create(), e -> actions.addQuiz(moduleIndex));
			add.addThemeVariants(ButtonVariant.SMALL);
			add.addClassName("add-quiz");
			row.add(add);
			return row;
		}
		int questions = draft.questionCounts().getOrDefault(quiz.file(), 0);
		Button open = new Button((moduleIndex < 0 ? "Final exam" : "Module quiz") + ": " + questions
				+ (questions == 1 ? " question" : " questions") + ", pass mark " + quiz.settings().passMark() + "%",
				VaadinIcon.CHECK_SQUARE_O.create(), e -> actions.openQuiz(quiz.file()));
		open.addThemeVariants(ButtonVariant.TERTIARY);
		open.addClassName("quiz-link");
		row.add(open, small("Remove quiz", VaadinIcon.TRASH, () -> actions.removeQuiz(moduleIndex), true));
		return row;
	}

	private Component finalExam(Draft draft, QuizOutline quiz) {
		finalExamProblems = new Div();
		finalExamProblems.addClassName("card-problems");
		Div card = new Div(new H3("Final exam"), new Paragraph(quiz == null
				? "Optional. With a final exam, learners complete the course by passing it."
				: "Learners take it after the modules; its settings are on the quiz page."),
				quizRow(draft, quiz, -1), finalExamProblems);
		card.addClassNames("card", "draft-module", "final-exam");
		return card;
	}

	private void changedByAuthor(boolean fromClient) {
		if (fromClient) {
			actions.changed();
		}
	}

	private static Button small(String label, VaadinIcon icon, Runnable action, boolean enabled) {
		Button button = new Button(icon.create(), e -> action.run());
		button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
		button.setAriaLabel(label);
		button.setTooltipText(label);
		button.setEnabled(enabled);
		return button;
	}

	private static void mark(TextField field, List<String> messages) {
		field.setInvalid(messages != null && !messages.isEmpty());
		field.setErrorMessage(messages == null ? null : String.join(" · ", messages));
	}

}

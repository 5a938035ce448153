package org.htmacademy.authoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.htmacademy.authoring.AuthoringException;
import org.htmacademy.authoring.CourseOutline;
import org.htmacademy.authoring.CourseOutline.QuizOutline;
import org.htmacademy.authoring.Draft;
import org.htmacademy.authoring.DraftConflictException;
import org.htmacademy.authoring.DraftEditing;
import org.htmacademy.authoring.DraftPaths;
import org.htmacademy.authoring.DraftService;
import org.htmacademy.authoring.QuestionProblem;
import org.htmacademy.authoring.QuizDraft;
import org.htmacademy.authoring.QuizEditing;
import org.htmacademy.authoring.QuizSave;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.security.Role;

/**
 * A quiz: its settings and its questions, each edited in the form of its type, plus GIFT pasted in and the quiz's
 * GIFT file to download. Every question save runs the GIFT validator over the whole quiz.
 */
@Route("authoring/drafts/:draftId/quizzes/:quizId")
@RolesAllowed({ Role.INSTRUCTOR_NAME, Role.ADMIN_NAME })
class QuizEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	final H1 heading = new H1();

	final QuizSettingsForm settings = new QuizSettingsForm();

	final Button saveSettings = new Button("Save settings");

	final Div questions = new Div();

	final Select<QuestionDialog.Type> newType = new Select<>();

	final Button addQuestion = new Button("Add question", VaadinIcon.PLUS.create());

	final Button paste = new Button("Paste GIFT");

	final Div conflict = new Div();

	private final DraftService drafts;

	private final DraftEditing editing;

	private final QuizEditing quizzes;

	private final Div export = new Div();

	private final Anchor back = new Anchor("", "Back to the draft");

	private QuizDraft quiz;

	private Draft draft;

	private List<QuestionProblem> warnings = List.of();

	QuizEditorView(DraftService drafts, DraftEditing editing, QuizEditing quizzes) {
		this.drafts = drafts;
		this.editing = editing;
		this.quizzes = quizzes;
		addClassNames("page", "quiz-editor-page");
		saveSettings.setId("save-quiz-settings");
		saveSettings.addClickListener(e -> saveSettings());
		newType.setLabel("Type");
		newType.setItems(QuestionDialog.Type.values());
		newType.setItemLabelGenerator(type -> type.label);
		newType.setValue(QuestionDialog.Type.MULTIPLE_CHOICE);
		addQuestion.setId("add-question");
		addQuestion.addThemeVariants(ButtonVariant.PRIMARY);
		addQuestion.addClickListener(e -> edit(newType.getValue(), null, quiz.questions().size()));
		paste.setId("paste-gift");
		paste.addClickListener(e -> new GiftPasteDialog(this::importGift).open());
		questions.addClassName("question-list");
		questions.setId("questions");
		conflict.addClassName("conflict");
		conflict.setVisible(false);
		Div crumbs = new Div(back);
		crumbs.addClassName("breadcrumbs");
		Div add = new Div(newType, addQuestion, paste, export);
		add.addClassName("question-actions");
		add(crumbs, heading, conflict, new Section(new H2("Questions"), add, questions),
				new Section(new H2("Settings"), settings, saveSettings));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long draftId = event.getRouteParameters().getLong("draftId").orElseThrow(NotFoundException::new);
		String quizId = event.getRouteParameters().get("quizId").orElseThrow(NotFoundException::new);
		try {
			load(quizzes.quiz(draftId, quizId));
		}
		catch (AuthoringException ex) {
			throw new NotFoundException();
		}
	}

	@Override
	public String getPageTitle() {
		return (quiz == null ? "Quiz" : heading.getText()) + " — HTM Academy";
	}

	private void load(QuizDraft loaded) {
		quiz = loaded;
		draft = drafts.open(loaded.draftId());
		heading.setText(loaded.finalExam() ? "Final exam" : "Module quiz: " + loaded.moduleTitle());
		back.setHref("authoring/drafts/" + loaded.draftId());
		settings.show(loaded.quiz().settings());
		export.removeAll();
		export.add(Downloads.text("Export GIFT", loaded.path().substring(loaded.path().lastIndexOf('/') + 1),
				() -> quizzes.quiz(loaded.draftId(), quizId()).gift()));
		showQuestions();
	}

	private String quizId() {
		return DraftPaths.quizId(quiz.path());
	}

	private void showQuestions() {
		questions.removeAll();
		if (quiz.questions().isEmpty()) {
			questions.add(new Paragraph("No questions yet. Add one, or paste questions written in GIFT."));
		}
		for (int i = 0; i < quiz.questions().size(); i++) {
			questions.add(card(i, quiz.questions().get(i)));
		}
	}

	private Component card(int index, GiftQuestion question) {
		QuestionDialog.Type type = QuestionDialog.Type.of(question);
		Span number = new Span("Question " + (index + 1));
		number.addClassName("question-number");
		Span kind = new Span(type.label);
		kind.addClassNames("badge");
		Span title = new Span(question.title() == null ? "(no title)" : question.title());
		title.addClassName("question-title");
		Paragraph text = new Paragraph(question.text().length() > 200 ? question.text().substring(0, 200) + "…"
				: question.text());
		Div buttons = new Div(button("Edit", VaadinIcon.EDIT, () -> edit(type, question, index), true),
				button("Up", VaadinIcon.ARROW_UP, () -> move(index, -1), index > 0),
				button("Down", VaadinIcon.ARROW_DOWN, () -> move(index, 1), index < quiz.questions().size() - 1),
				button("Delete", VaadinIcon.TRASH, () -> delete(index), true));
		buttons.addClassName("question-buttons");
		UnorderedList key = new UnorderedList();
		key.addClassName("answer-key");
		AnswerSummary.of(question).forEach(line -> key.add(new ListItem(line)));
		Div card = new Div(new Div(number, kind, title), text, key, buttons);
		warnings.stream()
			.filter(problem -> problem.question() == index)
			.forEach(problem -> card.add(new Paragraph("Warning: " + problem.message())));
		card.addClassNames("card", "question-card");
		return card;
	}

	private static Button button(String label, VaadinIcon icon, Runnable action, boolean enabled) {
		Button button = new Button(icon.create(), e -> action.run());
		button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
		button.setAriaLabel(label);
		button.setTooltipText(label);
		button.setEnabled(enabled);
		return button;
	}

	/** A new question gets the category of the last one, as it would below it in a GIFT file. */
	void edit(QuestionDialog.Type type, GiftQuestion question, int index) {
		String category = quiz.questions().isEmpty() ? null : quiz.questions().getLast().category();
		new QuestionDialog(type, question, category, index, edited -> save(list -> {
			if (index < list.size()) {
				list.set(index, edited);
			}
			else {
				list.add(edited);
			}
			return list;
		})).open();
	}

	private void move(int index, int by) {
		save(list -> {
			list.add(index + by, list.remove(index));
			return list;
		});
	}

	private void delete(int index) {
		save(list -> {
			list.remove(index);
			return list;
		});
	}

	QuizSave save(UnaryOperator<List<GiftQuestion>> change) {
		return saved(() -> quizzes.saveQuestions(quiz.draftId(), quiz.path(),
				change.apply(new ArrayList<>(quiz.questions())), quiz.version()));
	}

	QuizSave importGift(String gift) {
		return saved(() -> quizzes.importGift(quiz.draftId(), quiz.path(), gift, quiz.version()));
	}

	private QuizSave saved(Supplier<QuizSave> saving) {
		try {
			conflict.setVisible(false);
			QuizSave result = saving.get();
			if (result.saved()) {
				warnings = result.problems().stream().filter(problem -> !problem.error()).toList();
				load(quizzes.quiz(quiz.draftId(), quizId()));
			}
			return result;
		}
		catch (DraftConflictException ex) {
			showConflict(ex.getMessage());
			return new QuizSave(false, quiz.version(), List.of());
		}
	}

	void saveSettings() {
		QuizOutline changed = new QuizOutline(quiz.path(), settings.settings());
		CourseOutline outline = quiz.finalExam() ? draft.outline().withFinalQuiz(changed)
				: draft.outline().withModule(quiz.moduleIndex(),
						draft.outline().modules().get(quiz.moduleIndex()).withQuiz(changed));
		try {
			conflict.setVisible(false);
			editing.saveOutline(quiz.draftId(), outline, draft.outlineVersion());
			settings.showProblems(Map.of());
			load(quizzes.quiz(quiz.draftId(), quizId()));
			Words.done("Quiz settings saved.");
		}
		catch (AuthoringException ex) {
			showConflict(ex.getMessage());
		}
	}

	private void showConflict(String message) {
		conflict.removeAll();
		Button reload = new Button("Reload the quiz", e -> {
			conflict.setVisible(false);
			load(quizzes.quiz(quiz.draftId(), quizId()));
		});
		reload.addThemeVariants(ButtonVariant.SMALL);
		conflict.add(new Paragraph(message), reload);
		conflict.setVisible(true);
	}

}

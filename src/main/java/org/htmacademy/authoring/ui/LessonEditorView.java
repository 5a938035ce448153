package org.htmacademy.authoring.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.htmacademy.authoring.AuthoringException;
import org.htmacademy.authoring.DraftConflictException;
import org.htmacademy.authoring.DraftEditing;
import org.htmacademy.authoring.DraftImages;
import org.htmacademy.authoring.DraftPaths;
import org.htmacademy.authoring.LessonDraft;
import org.htmacademy.authoring.LessonPreview;
import org.htmacademy.course.markdown.LessonIssue;
import org.htmacademy.course.markdown.RenderedLesson;
import org.htmacademy.course.markdown.Severity;
import org.htmacademy.security.Role;

/**
 * A lesson's Markdown next to a live preview rendered exactly as learners will see it: the same renderer and
 * sanitizer as the import, styled like the lesson reader. The guide's lesson checks run as the author types.
 */
@Route("authoring/drafts/:draftId/lessons/:lessonId")
@RolesAllowed({ Role.INSTRUCTOR_NAME, Role.ADMIN_NAME })
class LessonEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

	final H1 heading = new H1("Edit lesson");

	final TextArea markdown = new TextArea("Markdown");

	final Div preview = new Div();

	final Div issues = new Div();

	final Button save = new Button("Save lesson", VaadinIcon.CHECK.create());

	final Div conflict = new Div();

	final LessonImages images;

	private final DraftEditing editing;

	private final LessonPreview lessonPreview;

	private final Anchor back = new Anchor("", "Back to the draft");

	private final Span fileName = new Span();

	private LessonDraft lesson;

	private int version;

	private List<String> imagePaths = new ArrayList<>();

	LessonEditorView(DraftEditing editing, DraftImages draftImages, LessonPreview lessonPreview) {
		this.editing = editing;
		this.lessonPreview = lessonPreview;
		this.images = new LessonImages(draftImages, this::imageAdded);
		addClassNames("page", "lesson-editor-page");
		markdown.setValueChangeMode(ValueChangeMode.LAZY);
		markdown.setValueChangeTimeout(400);
		markdown.addClassName("markdown-editor");
		markdown.setHelperText("The first line is the title (# Title). Callouts: > [!WARNING]. "
				+ "End with ## References.");
		markdown.addValueChangeListener(e -> {
			refresh();
			if (e.isFromClient()) {
				save.setEnabled(true);
			}
		});
		preview.addClassNames("lesson-page", "lesson-preview");
		preview.setId("lesson-preview");
		issues.addClassName("lesson-issues");
		issues.setId("lesson-issues");
		save.setId("save-lesson");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.setEnabled(false);
		save.addClickListener(e -> save());
		conflict.addClassName("conflict");
		conflict.setVisible(false);
		fileName.addClassName("file-path");
		Div crumbs = new Div(back, fileName);
		crumbs.addClassName("breadcrumbs");
		Div editor = new Div(markdown, issues, images);
		editor.addClassName("lesson-source");
		Div previewColumn = new Div(new Span("Preview, as learners will see it"), preview);
		previewColumn.addClassName("lesson-preview-column");
		Div columns = new Div(editor, previewColumn);
		columns.addClassName("lesson-editor");
		Div actions = new Div(save);
		actions.addClassName("draft-actions");
		add(crumbs, heading, actions, conflict, columns);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long draftId = event.getRouteParameters().getLong("draftId").orElseThrow(NotFoundException::new);
		String lessonId = event.getRouteParameters().get("lessonId").orElseThrow(NotFoundException::new);
		try {
			load(editing.lesson(draftId, lessonId));
		}
		catch (AuthoringException ex) {
			throw new NotFoundException();
		}
	}

	@Override
	public void beforeLeave(BeforeLeaveEvent event) {
		if (!save.isEnabled()) {
			return;
		}
		BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
		ConfirmDialog dialog = new ConfirmDialog("Leave without saving?",
				"Your changes to this lesson are not saved yet.", "Leave", e -> leave.proceed());
		dialog.setCancelable(true);
		dialog.setCancelText("Stay");
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return heading.getText() + " — HTM Academy";
	}

	private void load(LessonDraft loaded) {
		lesson = loaded;
		version = loaded.version();
		imagePaths = new ArrayList<>(loaded.images());
		back.setHref("authoring/drafts/" + loaded.draftId());
		fileName.setText(" › " + loaded.path());
		images.show(loaded.draftId(), imagePaths);
		markdown.setValue(loaded.markdown());
		refresh();
		save.setEnabled(false);
		conflict.setVisible(false);
	}

	/** The preview and the checks, from the text as it is now. */
	void refresh() {
		RenderedLesson rendered = lessonPreview.render(lesson.draftId(), lesson.path(), markdown.getValue(),
				imagePaths);
		heading.setText("Lesson: " + (rendered.title().isBlank() ? lesson.path() : rendered.title()));
		preview.removeAll();
		preview.add(new H1(rendered.title()), new Html("<div class=\"lesson-body\">" + rendered.html() + "</div>"));
		issues.removeAll();
		for (LessonIssue issue : lessonPreview.problems(lesson.path(), markdown.getValue(), imagePaths)) {
			Span severity = new Span(issue.severity() == Severity.ERROR ? "Error" : "Warning");
			severity.addClassNames("badge", issue.severity() == Severity.ERROR ? "badge-error" : "badge-warning");
			Div line = new Div(severity, new Span("Line " + issue.line() + ": " + issue.message()));
			line.addClassName("problem-line");
			issues.add(line);
		}
	}

	void save() {
		try {
			version = editing.saveLesson(lesson.draftId(), lesson.path(), markdown.getValue(), version);
			save.setEnabled(false);
			conflict.setVisible(false);
			Words.done("Lesson saved.");
		}
		catch (DraftConflictException ex) {
			conflict.removeAll();
			Button reload = new Button("Load the saved version (replaces your text)",
					e -> load(editing.lesson(lesson.draftId(), DraftPaths.lessonId(lesson.path()))));
			reload.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
			conflict.add(new Paragraph(ex.getMessage()), reload);
			conflict.setVisible(true);
		}
		catch (AuthoringException ex) {
			Words.error(ex.getMessage());
		}
	}

	/**
	 * A new image is linked before the references (or at the end), with alt text for the author to write; an image
	 * of the draft is linked again when asked.
	 */
	private void imageAdded(String path) {
		if (!imagePaths.contains(path)) {
			imagePaths.add(path);
		}
		String link = "![Describe the picture for a screen reader](" + LessonPreview.linkFrom(lesson.path(), path)
				+ ")\n\n";
		String text = markdown.getValue();
		int references = text.indexOf("\n## References");
		markdown.setValue(references < 0 ? text.stripTrailing() + "\n\n" + link
				: text.substring(0, references).stripTrailing() + "\n\n" + link + text.substring(references + 1));
		save.setEnabled(true);
	}

}

package org.htmacademy.authoring.ui;

import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.htmacademy.authoring.AuthoringException;
import org.htmacademy.authoring.DraftPaths;
import org.htmacademy.authoring.DraftService;
import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.Track;

/** A new course: the id is suggested from the title and can be changed until the course is created. */
class NewCourseDialog extends Dialog {

	final TextField title = new TextField("Title");

	final TextField courseId = new TextField("Course id");

	final Select<Track> track = new Select<>();

	final Select<Level> level = new Select<>();

	final Button create = new Button("Create course");

	private boolean idTouched;

	NewCourseDialog(DraftService drafts, LongConsumer created) {
		setHeaderTitle("New course");
		title.setId("new-course-title");
		courseId.setId("new-course-id");
		create.setId("create-course");
		title.setHelperText("As printed on the certificate.");
		title.setRequired(true);
		title.setValueChangeMode(ValueChangeMode.EAGER);
		title.addValueChangeListener(e -> {
			if (!idTouched) {
				courseId.setValue(DraftPaths.idFrom(e.getValue()));
			}
		});
		courseId.setHelperText("Lowercase letters, digits and hyphens. It names the course folder and never changes "
				+ "once learners enrol.");
		courseId.addValueChangeListener(e -> idTouched = e.isFromClient());
		track.setLabel("Track");
		track.setItems(Track.values());
		track.setItemLabelGenerator(Track::label);
		track.setValue(Track.NETWORKING);
		level.setLabel("Level");
		level.setItems(Level.values());
		level.setItemLabelGenerator(Level::label);
		level.setValue(Level.INTRODUCTORY);
		FormLayout form = new FormLayout(title, courseId, track, level);
		form.setColspan(title, 2);
		form.setColspan(courseId, 2);
		add(form);
		create.addThemeVariants(ButtonVariant.PRIMARY);
		create.addClickListener(e -> {
			try {
				long draftId = drafts.createCourse(courseId.getValue().strip(), title.getValue().strip(),
						track.getValue(), level.getValue());
				close();
				created.accept(draftId);
			}
			catch (AuthoringException ex) {
				courseId.setInvalid(true);
				courseId.setErrorMessage(ex.getMessage());
			}
		});
		getFooter().add(new Button("Cancel", e -> close()), create);
		setWidth("min(36rem, 95vw)");
	}

}

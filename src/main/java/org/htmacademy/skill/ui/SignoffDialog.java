package org.htmacademy.skill.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.htmacademy.skill.SkillService;
import org.htmacademy.skill.SkillSheet;
import org.htmacademy.skill.SkillSheet.LearnerSkills;
import org.htmacademy.skill.SkillSheet.SkillColumn;
import org.htmacademy.skill.SkillSignoffException;

/** The skill's checklist, the day the instructor watched, an optional note, and the signature. */
class SignoffDialog extends Dialog {

	final DatePicker signedOn = new DatePicker("Performed on");

	final TextArea note = new TextArea("Note (optional)");

	final Button sign = new Button("Sign skill");

	final Paragraph error = new Paragraph();

	SignoffDialog(SkillService skills, SkillSheet sheet, LearnerSkills learner, SkillColumn skill, Runnable signed) {
		setHeaderTitle("Sign: " + skill.title());
		OrderedList checklist = new OrderedList();
		skill.checklist().forEach(item -> checklist.add(new ListItem(item)));
		checklist.setId("signoff-checklist");
		signedOn.setValue(LocalDate.now());
		signedOn.setMax(LocalDate.now().plusDays(1));
		note.setMaxLength(1000);
		note.setWidthFull();
		error.addClassName("form-error");
		sign.setId("signoff-sign");
		sign.addThemeVariants(ButtonVariant.PRIMARY);
		sign.addClickListener(e -> {
			if (signedOn.getValue() == null) {
				error.setText("Enter the day you watched the learner perform the skill.");
				return;
			}
			try {
				skills.sign(learner.enrolmentId(), learner.cells().get(skill.skillId()).skillKey(), signedOn.getValue(),
						note.getValue());
				close();
				signed.run();
				Notification.show("Signed for " + learner.learnerName() + ".", 4000, Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.SUCCESS);
			}
			catch (SkillSignoffException ex) {
				error.setText(ex.getMessage());
			}
		});
		add(new Paragraph("Learner: " + learner.learnerName() + " (" + learner.email() + ") — " + sheet.courseTitle()),
				new H3("Checklist"), checklist, signedOn, note, error);
		getFooter().add(new Button("Cancel", e -> close()), sign);
		setWidth("40rem");
	}

}

package org.htmacademy.cohort.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.htmacademy.cohort.CohortDetails;
import org.htmacademy.cohort.CohortException;
import org.htmacademy.cohort.CohortService;

/** The code and link learners join with, its expiry, a new code, and the cohort's name. */
class JoinCodePanel extends Section {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

	final Span code = new Span();

	final Anchor link = new Anchor();

	final TextField name = new TextField("Cohort name");

	final DatePicker joinUntil = new DatePicker("Code valid until (optional)");

	final Button save = new Button("Save");

	final Button regenerate = new Button("New code");

	final Paragraph message = new Paragraph();

	JoinCodePanel(CohortService cohorts, CohortDetails cohort, Runnable changed) {
		addClassNames("card", "join-code-panel");
		code.setText(cohort.joinCode().grouped());
		code.setId("join-code");
		code.addClassName("join-code");
		String url = cohorts.joinLink(cohort.joinCode());
		link.setHref(url);
		link.setText(url);
		link.setId("join-link");
		Paragraph expiry = new Paragraph(cohort.joinExpiresAt()
			.map(at -> "Learners can join until the end of "
					+ DATE.format(at.atZone(cohorts.zone()).toLocalDate().minusDays(1)) + ".")
			.orElse("The code does not expire."));
		expiry.setId("join-expiry");
		name.setValue(cohort.name());
		name.setMaxLength(200);
		joinUntil.setValue(cohort.joinExpiresAt().map(at -> at.atZone(cohorts.zone()).toLocalDate().minusDays(1)).orElse(null));
		joinUntil.setClearButtonVisible(true);
		save.setId("save-cohort");
		save.addClickListener(e -> {
			try {
				cohorts.updateSettings(cohort.id(), name.getValue(), joinUntil.getValue(), cohort.version());
				changed.run();
			}
			catch (CohortException ex) {
				message.setText(ex.getMessage());
			}
		});
		regenerate.setId("regenerate-code");
		regenerate.addThemeVariants(ButtonVariant.TERTIARY);
		regenerate.addClickListener(e -> {
			cohorts.regenerateCode(cohort.id());
			changed.run();
		});
		message.addClassName("form-error");
		Div settings = new Div(name, joinUntil, save);
		settings.addClassName("filters");
		add(new H2("Join code"), new Paragraph(code, regenerate),
				new Paragraph(new Span("Share this link: "), link), expiry, settings, message);
	}

}

package org.htmacademy.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.htmacademy.cohort.CohortException;
import org.htmacademy.cohort.CohortService;
import org.htmacademy.cohort.JoinPreview;

/**
 * Where a join link lands (join/7KQ2M-9XDTB), or where a learner types a code: the class and its courses, then a
 * confirmation that joins and enrols.
 */
@Route("join/:code?")
@PageTitle("Join a class — HTM Academy")
@PermitAll
class JoinView extends Main implements BeforeEnterObserver {

	final TextField code = new TextField("Join code");

	final Button look = new Button("Continue");

	final Button confirm = new Button("Join this class");

	final Div result = new Div();

	private final CohortService cohorts;

	JoinView(CohortService cohorts) {
		this.cohorts = cohorts;
		addClassName("page");
		code.setId("join-code-field");
		code.setPlaceholder("7KQ2M-9XDTB");
		look.setId("join-look");
		look.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("join/" + code.getValue().strip())));
		confirm.setId("join-confirm");
		confirm.addThemeVariants(ButtonVariant.PRIMARY);
		confirm.addClickListener(e -> join());
		result.setId("join-result");
		Div form = new Div(code, look);
		form.addClassName("filters");
		add(new H1("Join a class"), form, result);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String typed = event.getRouteParameters().get("code").orElse("");
		code.setValue(typed);
		result.removeAll();
		if (!typed.isBlank()) {
			show(cohorts.preview(typed));
		}
	}

	private void show(JoinPreview preview) {
		switch (preview) {
			case JoinPreview.Invalid _ -> problem("This join code does not belong to any class. Check it with your "
					+ "instructor; codes look like 7KQ2M-9XDTB.");
			case JoinPreview.Expired expired -> problem("The join code of " + expired.cohortName()
					+ " has expired. Ask your instructor for a new code.");
			case JoinPreview.Open open -> {
				H2 name = new H2(open.cohortName());
				name.setId("join-cohort-name");
				UnorderedList courses = new UnorderedList();
				open.courses().forEach(c -> courses.add(new ListItem(c.title()
						+ c.dueOn().map(d -> " — due " + JoinCodePanel.DATE.format(d)).orElse(""))));
				result.add(name, new Paragraph("Joining enrols you in these courses:"), courses);
				result.add(open.alreadyMember() ? new Paragraph("You are already in this class.") : confirm);
			}
		}
	}

	private void problem(String text) {
		Paragraph message = new Paragraph(text);
		message.setId("join-problem");
		message.addClassName("form-error");
		result.add(message);
	}

	private void join() {
		try {
			cohorts.join(code.getValue());
			Notifications.success("You joined the class and are enrolled in its courses.");
			getUI().ifPresent(ui -> ui.navigate(MyClassesView.class));
		}
		catch (CohortException ex) {
			result.removeAll();
			problem(ex.getMessage());
		}
	}

}

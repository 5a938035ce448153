package org.htmacademy.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import org.htmacademy.authoring.AuthoringException;
import org.htmacademy.authoring.Draft;
import org.htmacademy.authoring.DraftAuthor;
import org.htmacademy.authoring.DraftService;

/** Who writes this draft; another instructor can be added by email. */
class AuthorsPanel extends Section {

	final UnorderedList authors = new UnorderedList();

	final EmailField email = new EmailField("Add a co-author");

	final Button add = new Button("Add");

	private final DraftService drafts;

	private final Runnable changed;

	private long draftId;

	AuthorsPanel(DraftService drafts, Runnable changed) {
		this.drafts = drafts;
		this.changed = changed;
		addClassName("authors-panel");
		email.setPlaceholder("instructor@hospital.org");
		email.setHelperText("An instructor's account email. Co-authors can edit this draft; the course's "
				+ "instructors publish it.");
		add.addClickListener(e -> addAuthor());
		Div form = new Div(email, add);
		form.addClassName("inline-form");
		add(new H2("Authors"), new Paragraph("The draft is private to its authors until it is published."), authors,
				form);
	}

	void show(Draft draft) {
		draftId = draft.id();
		authors.removeAll();
		for (DraftAuthor author : draft.authors()) {
			ListItem item = new ListItem(new Span(author.fullName() + " (" + author.email() + ")"));
			if (author.creator()) {
				item.add(new Span(" · started the draft"));
			}
			else {
				Button remove = new Button("Remove", e -> remove(author));
				remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
				item.add(remove);
			}
			authors.add(item);
		}
	}

	private void addAuthor() {
		try {
			drafts.addAuthor(draftId, email.getValue());
			email.clear();
			email.setInvalid(false);
			changed.run();
		}
		catch (AuthoringException ex) {
			email.setInvalid(true);
			email.setErrorMessage(ex.getMessage());
		}
	}

	private void remove(DraftAuthor author) {
		try {
			drafts.removeAuthor(draftId, author.userId());
			changed.run();
		}
		catch (AuthoringException ex) {
			Words.error(ex.getMessage());
		}
	}

}

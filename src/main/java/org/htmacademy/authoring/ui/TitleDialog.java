package org.htmacademy.authoring.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

/** Asks for one title, e.g. of a new lesson. */
class TitleDialog extends Dialog {

	final TextField title = new TextField("Title");

	final Button ok;

	TitleDialog(String heading, String helper, String action, Consumer<String> chosen) {
		setHeaderTitle(heading);
		title.setHelperText(helper);
		title.setWidthFull();
		title.setRequired(true);
		ok = new Button(action, e -> {
			if (title.getValue().isBlank()) {
				title.setInvalid(true);
				title.setErrorMessage("Give it a title.");
				return;
			}
			close();
			chosen.accept(title.getValue().strip());
		});
		ok.addThemeVariants(ButtonVariant.PRIMARY);
		add(title);
		getFooter().add(new Button("Cancel", e -> close()), ok);
		setWidth("min(32rem, 95vw)");
	}

}

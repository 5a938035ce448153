package org.htmacademy.authoring.ui;

import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.htmacademy.authoring.QuizSave;

/** Questions pasted as GIFT (from Moodle or another quiz) and added after the quiz's own. */
class GiftPasteDialog extends Dialog {

	final TextArea gift = new TextArea("GIFT");

	final Button add = new Button("Add the questions");

	GiftPasteDialog(Function<String, QuizSave> importGift) {
		setHeaderTitle("Paste GIFT");
		gift.setWidthFull();
		gift.setMinHeight("16rem");
		gift.addClassName("markdown-editor");
		gift.setHelperText("Questions separated by a blank line, each with a ::Title::. Moodle's GIFT format, as in "
				+ "the authoring guide.");
		add.setId("add-gift");
		add.addThemeVariants(ButtonVariant.PRIMARY);
		add.addClickListener(e -> {
			QuizSave result = importGift.apply(gift.getValue());
			if (result.saved()) {
				close();
				return;
			}
			gift.setInvalid(true);
			gift.setErrorMessage(String.join(" · ", result.problems()
				.stream()
				.filter(p -> p.error())
				.map(p -> p.question() < 0 ? "line " + p.line() + ", column " + p.column() + ": " + p.message()
						: "question " + (p.question() + 1) + ": " + p.message())
				.toList()));
		});
		add(new Paragraph("Nothing is added while the validator finds an error in the text."), gift);
		getFooter().add(new Button("Cancel", e -> close()), add);
		setWidth("min(56rem, 96vw)");
	}

}

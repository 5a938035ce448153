package org.htmacademy.authoring.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.htmacademy.authoring.AuthoringException;
import org.htmacademy.authoring.DraftImages;

/** The draft's images: upload a PNG, JPEG or SVG into the course, or link one it has. */
class LessonImages extends Div {

	final Upload upload;

	final Div list = new Div();

	final Span message = new Span();

	private final DraftImages images;

	private final Consumer<String> linked;

	private long draftId;

	LessonImages(DraftImages images, Consumer<String> linked) {
		this.images = images;
		this.linked = linked;
		addClassName("lesson-images");
		upload = new Upload(Uploads.limited(DraftImages.MAX_BYTES, this::receive));
		upload.setAcceptedFileTypes(".png", ".jpg", ".jpeg", ".svg", "image/png", "image/jpeg", "image/svg+xml");
		upload.setMaxFiles(1);
		upload.setMaxFileSize(DraftImages.MAX_BYTES);
		upload.setDropLabel(new Span("Drop a PNG, JPEG or SVG (up to 2 MB) to add it to the course"));
		upload.addFileRejectedListener(e -> showMessage(e.getErrorMessage(), true));
		message.addClassName("upload-message");
		add(new H2("Images"), list, upload, message);
	}

	void show(long draft, List<String> paths) {
		draftId = draft;
		list.removeAll();
		for (String path : paths) {
			Button link = new Button("Link", e -> linked.accept(path));
			link.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
			link.setAriaLabel("Link " + path + " in the lesson");
			Div row = new Div(new Span(path), link);
			row.addClassName("image-row");
			list.add(row);
		}
	}

	/** The uploaded file is checked and kept in the draft, then linked in the lesson. */
	void receive(String fileName, byte[] bytes) {
		try {
			String path = images.upload(draftId, fileName, bytes);
			showMessage("Added " + path + ".", false);
			linked.accept(path);
			Button link = new Button("Link", e -> linked.accept(path));
			link.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
			Div row = new Div(new Span(path), link);
			row.addClassName("image-row");
			list.add(row);
		}
		catch (AuthoringException ex) {
			showMessage(ex.getMessage(), true);
		}
		upload.clearFileList();
	}

	private void showMessage(String text, boolean error) {
		message.setText(text);
		message.getElement().getClassList().set("form-error", error);
	}

}

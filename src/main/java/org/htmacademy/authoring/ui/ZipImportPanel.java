package org.htmacademy.authoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.htmacademy.authoring.AuthoringException;
import org.htmacademy.authoring.CourseTransfer;
import org.htmacademy.authoring.ZipImport;

/** A course ZIP (the courses/ folder format) uploaded and published, all or nothing. */
class ZipImportPanel extends Section {

	static final int MAX_BYTES = 64 * 1024 * 1024;

	final TextField asCourseId = new TextField("Import as course id (optional)");

	final Upload upload;

	final Div result = new Div();

	private final CourseTransfer transfer;

	private final Runnable imported;

	ZipImportPanel(CourseTransfer transfer, Runnable imported) {
		this.transfer = transfer;
		this.imported = imported;
		addClassName("zip-import");
		asCourseId.setHelperText("Leave empty to import the course under the id in its course.yml.");
		upload = new Upload(Uploads.limited(MAX_BYTES, (fileName, bytes) -> receive(bytes)));
		upload.setAcceptedFileTypes(".zip", "application/zip");
		upload.setMaxFiles(1);
		upload.setMaxFileSize(MAX_BYTES);
		upload.setDropLabel(new Span("Drop a course ZIP here"));
		result.setId("zip-import-result");
		add(new H2("Import a course ZIP"),
				new Paragraph("A ZIP of one course folder as in courses/: course.yml, lessons/, quizzes/, images/. "
						+ "It is validated like the course folder and published as a new version, or not at all."),
				asCourseId, upload, result);
	}

	void receive(byte[] zip) {
		result.removeAll();
		try {
			ZipImport outcome = transfer.importZip(zip, asCourseId.getValue());
			result.add(new Paragraph(switch (outcome.outcome()) {
				case PUBLISHED -> outcome.courseId() + ": version " + outcome.versionNumber() + " published.";
				case UNCHANGED -> outcome.courseId() + ": the same as version " + outcome.versionNumber()
						+ "; nothing changed.";
				case REJECTED -> outcome.courseId() + " was not imported: fix these problems and upload it again.";
			}));
			if (!outcome.problems().isEmpty()) {
				UnorderedList problems = new UnorderedList();
				outcome.problems().forEach(problem -> problems.add(new ListItem(problem)));
				problems.addClassName("problem-lines");
				result.add(problems);
			}
			imported.run();
		}
		catch (AuthoringException ex) {
			Paragraph refused = new Paragraph(ex.getMessage());
			refused.addClassName("form-error");
			result.add(refused);
		}
		upload.clearFileList();
	}

}

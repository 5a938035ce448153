package org.htmacademy.transcript.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableRunnable;
import org.htmacademy.transcript.ActivityDraft;
import org.htmacademy.transcript.ActivityField;
import org.htmacademy.transcript.ActivityLimits;
import org.htmacademy.transcript.ActivityRejectedException;
import org.htmacademy.transcript.AttachedFile;
import org.htmacademy.transcript.AttachmentChange;
import org.htmacademy.transcript.CategoryRule;
import org.htmacademy.transcript.CeActivity;
import org.htmacademy.transcript.TranscriptService;
import org.jspecify.annotations.Nullable;

/** Adds or edits a self-reported CE activity, with an optional PDF such as the other provider's certificate. */
class ActivityDialog extends Dialog {

	final TextField title = new TextField("Course or activity");

	final TextField provider = new TextField("Provider");

	final DatePicker completedOn = new DatePicker("Completed on");

	final BigDecimalField contactHours = new BigDecimalField("Contact hours");

	final Select<CategoryRule> category = new Select<>();

	final Upload upload = new Upload(new PdfUploadHandler(this::received));

	final Span attachmentStatus = new Span();

	final Button removeAttachment = new Button("Remove attachment");

	final Span attachmentError = new Span();

	final Button save = new Button("Save");

	private final TranscriptService transcripts;

	private final @Nullable CeActivity editing;

	private final SerializableRunnable saved;

	private @Nullable AttachedFile newAttachment;

	private boolean attachmentRemoved;

	ActivityDialog(TranscriptService transcripts, @Nullable CeActivity editing, String ceuRule,
			SerializableRunnable saved) {
		this.transcripts = transcripts;
		this.editing = editing;
		this.saved = saved;
		setHeaderTitle(editing == null ? "Add CE activity" : "Edit CE activity");
		addClassName("activity-dialog");
		setWidth("40rem");
		setMaxWidth("100%");
		setCloseOnOutsideClick(false);

		title.setMaxLength(ActivityLimits.MAX_TITLE);
		title.setRequiredIndicatorVisible(true);
		provider.setMaxLength(ActivityLimits.MAX_PROVIDER);
		provider.setRequiredIndicatorVisible(true);
		provider.setHelperText("e.g. the manufacturer, college or society that gave it");
		completedOn.setRequiredIndicatorVisible(true);
		completedOn.setMax(transcripts.today());
		completedOn.setI18n(new DatePicker.DatePickerI18n().setMaxErrorMessage("The date cannot be in the future."));
		contactHours.setRequiredIndicatorVisible(true);
		contactHours.setHelperText(ceuRule);
		contactHours.setI18n(new BigDecimalField.BigDecimalFieldI18n()
			.setBadInputErrorMessage("Enter the contact hours as a number, e.g. 1.5."));
		List<CategoryRule> categories = transcripts.activityCategories();
		category.setLabel("Renewal category");
		category.setItems(categories);
		category.setItemLabelGenerator(c -> c.code() + " · " + c.name());
		category.setRequiredIndicatorVisible(true);
		category.setEmptySelectionAllowed(false);

		upload.setMaxFiles(1);
		upload.setMaxFileSize(ActivityLimits.MAX_ATTACHMENT_BYTES);
		upload.setAcceptedFileTypes("application/pdf", ".pdf");
		upload.setUploadButton(new Button("Attach PDF…"));
		upload.setDropLabel(new Span("or drop it here · PDF, at most " + megabytes() + " MB"));
		upload.addFileRejectedListener(event -> attachmentProblem(event.getErrorMessage()));
		removeAttachment.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
		removeAttachment.addClickListener(event -> {
			newAttachment = null;
			attachmentRemoved = true;
			showAttachment();
		});
		attachmentError.addClassName("field-error");
		attachmentError.getElement().setAttribute("role", "alert");
		Div attachment = new Div(new Span("Attachment (optional): the certificate or attendance record"), upload,
				new Div(attachmentStatus, removeAttachment), attachmentError);
		attachment.addClassName("attachment-field");

		FormLayout form = new FormLayout(title, provider, completedOn, contactHours, category, attachment);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
		form.setColspan(title, 2);
		form.setColspan(provider, 2);
		form.setColspan(category, 2);
		form.setColspan(attachment, 2);
		Paragraph notice = new Paragraph("Activities you record yourself are marked “Self-reported” on your "
				+ "transcript and its exports. HTM Academy does not verify them; keep your own proof for an ACI audit.");
		notice.addClassName("self-reported-notice");
		add(notice, form);

		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickListener(event -> save());
		Button cancel = new Button("Cancel", event -> close());
		getFooter().add(cancel, save);

		if (editing != null) {
			title.setValue(editing.title());
			provider.setValue(editing.provider());
			completedOn.setValue(editing.completedOn());
			contactHours.setValue(new BigDecimal(editing.contactHours().stripTrailingZeros().toPlainString()));
			categories.stream().filter(c -> c.code().equals(editing.category())).findFirst().ifPresent(category::setValue);
		}
		showAttachment();
	}

	private void received(String fileName, byte[] content) {
		upload.clearFileList();
		if (content.length > ActivityLimits.MAX_ATTACHMENT_BYTES) {
			attachmentProblem("The attachment can be at most " + megabytes() + " MB.");
		}
		else if (!ActivityLimits.looksLikePdf(content)) {
			attachmentProblem("Attach a PDF file; " + fileName + " is not one.");
		}
		else {
			newAttachment = new AttachedFile(fileName, content);
			attachmentRemoved = false;
			attachmentError.setText("");
			showAttachment();
		}
	}

	private void attachmentProblem(String message) {
		attachmentError.setText(message);
	}

	private void showAttachment() {
		String current = editing == null || attachmentRemoved ? null : editing.attachmentName();
		if (newAttachment != null) {
			attachmentStatus.setText("To attach: " + newAttachment.fileName() + " ("
					+ Math.max(1, newAttachment.content().length / 1024) + " kB)");
		}
		else if (current != null) {
			attachmentStatus.setText("Attached: " + current);
		}
		else {
			attachmentStatus.setText("No file attached.");
		}
		removeAttachment.setVisible(newAttachment != null || current != null);
	}

	private void save() {
		AttachmentChange change = newAttachment != null ? AttachmentChange.replaceWith(newAttachment)
				: attachmentRemoved ? AttachmentChange.REMOVE : AttachmentChange.KEEP;
		ActivityDraft draft = new ActivityDraft(title.getValue(), provider.getValue(), completedOn.getValue(),
				contactHours.getValue(), category.getValue() == null ? null : category.getValue().code(), change);
		try {
			if (editing == null) {
				transcripts.addActivity(draft);
			}
			else {
				transcripts.updateActivity(editing.id(), draft);
			}
			close();
			saved.run();
		}
		catch (ActivityRejectedException rejected) {
			show(rejected.problems());
		}
	}

	private void show(Map<ActivityField, String> problems) {
		mark(title, problems.get(ActivityField.TITLE));
		mark(provider, problems.get(ActivityField.PROVIDER));
		mark(completedOn, problems.get(ActivityField.COMPLETED_ON));
		mark(contactHours, problems.get(ActivityField.CONTACT_HOURS));
		mark(category, problems.get(ActivityField.CATEGORY));
		String attachment = problems.get(ActivityField.ATTACHMENT);
		attachmentError.setText(attachment == null ? "" : attachment);
	}

	private static void mark(HasValidation field, @Nullable String problem) {
		field.setErrorMessage(problem);
		field.setInvalid(problem != null);
	}

	private static int megabytes() {
		return ActivityLimits.MAX_ATTACHMENT_BYTES / (1024 * 1024);
	}

}

package org.htmacademy.transcript.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.htmacademy.transcript.ActivityNotFoundException;
import org.htmacademy.transcript.AttachedFile;
import org.htmacademy.transcript.CeActivity;
import org.htmacademy.transcript.CertificationRules;
import org.htmacademy.transcript.EntrySource;
import org.htmacademy.transcript.Figures;
import org.htmacademy.transcript.Transcript;
import org.htmacademy.transcript.TranscriptEntry;
import org.htmacademy.transcript.TranscriptService;

/**
 * Every line of the transcript as a table, newest first; on a phone each row becomes a card. HTM Academy's
 * certificates say "verified" with their number, activities the learner entered say "Self-reported".
 */
class TranscriptTable extends Section {

	static final String[] HEADINGS = { "Date", "Course or activity", "Provider", "Hours", "CEUs", "Category",
			"Source", "" };

	final Button add = new Button("Add CE activity");

	final Paragraph summary = new Paragraph();

	final NativeTable table = new NativeTable();

	private final TranscriptService transcripts;

	private final SerializableConsumer<CeActivity> edit;

	private final SerializableRunnable changed;

	TranscriptTable(TranscriptService transcripts, SerializableRunnable add, SerializableConsumer<CeActivity> edit,
			SerializableRunnable changed) {
		this.transcripts = transcripts;
		this.edit = edit;
		this.changed = changed;
		addClassName("transcript-entries");
		this.add.addThemeVariants(ButtonVariant.PRIMARY);
		this.add.addClickListener(event -> add.run());
		Div heading = new Div(new H2("Continuing education"), this.add);
		heading.addClassName("section-heading");
		summary.setId("transcript-summary");
		NativeTableRow head = new NativeTableRow();
		for (String text : HEADINGS) {
			NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
			cell.getElement().setAttribute("scope", "col");
			head.add(cell);
		}
		table.addClassName("entry-table");
		table.setId("transcript-table");
		table.getHead().addRows(head);
		add(heading, summary, table);
	}

	void show(Transcript transcript) {
		CertificationRules basis = transcript.basis();
		long counting = transcript.entries().stream().filter(TranscriptEntry::counts).count();
		summary.setText(transcript.entries().isEmpty()
				? "Nothing recorded yet. Complete an HTM Academy course, or add CE you earned elsewhere."
				: counting + (counting == 1 ? " activity counts: " : " activities count: ")
						+ Figures.number(transcript.contactHours()) + " contact hours, "
						+ Figures.ceus(transcript.ceus()) + " before category caps, under the " + basis.code() + " rules ("
						+ Figures.number(basis.contactHoursPerCeu()) + " contact hours = 1 CEU; HTM Academy courses "
						+ "count in category " + basis.courseCategory() + ").");
		table.setVisible(!transcript.entries().isEmpty());
		NativeTableBody rows = table.getBody();
		rows.removeAllRows();
		transcript.entries().forEach(entry -> rows.addRows(row(entry)));
	}

	private NativeTableRow row(TranscriptEntry entry) {
		NativeTableRow row = new NativeTableRow();
		row.addClassName(entry.source() == EntrySource.SELF_REPORTED ? "self-reported" : "verified");
		if (!entry.counts()) {
			row.addClassName("not-counted");
		}
		row.add(cell(0, new Span(Figures.date(entry.completedOn()))), cell(1, title(entry)),
				cell(2, new Span(entry.provider())), cell(3, new Span(Figures.number(entry.contactHours()))),
				cell(4, new Span(Figures.number(entry.ceus()))), cell(5, new Span(entry.category())),
				cell(6, source(entry)), cell(7, actions(entry)));
		return row;
	}

	private static NativeTableCell cell(int column, Component content) {
		NativeTableCell cell = new NativeTableCell(content);
		cell.getElement().setAttribute("data-label", HEADINGS[column]);
		return cell;
	}

	private Component title(TranscriptEntry entry) {
		Div title = new Div(new Span(entry.title()));
		CeActivity activity = entry.activity();
		if (activity != null && activity.hasAttachment()) {
			Anchor pdf = new Anchor(attachment(activity.id()), "Attached PDF");
			pdf.getElement().setAttribute("aria-label", "Attached PDF of " + entry.title());
			pdf.addClassName("attachment-link");
			title.add(pdf);
		}
		if (!entry.counts()) {
			Span note = new Span(entry.notCounted());
			note.addClassName("not-counted-note");
			title.add(note);
		}
		return title;
	}

	private static Component source(TranscriptEntry entry) {
		if (entry.source() == EntrySource.SELF_REPORTED) {
			Span badge = new Span("Self-reported");
			badge.addClassNames("badge", "badge-self-reported");
			return badge;
		}
		Span badge = new Span(entry.counts() ? "HTM Academy — verified" : "HTM Academy — not valid");
		badge.addClassNames("badge", entry.counts() ? "badge-verified" : "badge-not-valid");
		Span number = new Span(entry.certificateNumber());
		number.addClassName("certificate-number");
		return new Div(badge, number);
	}

	private Component actions(TranscriptEntry entry) {
		CeActivity activity = entry.activity();
		if (activity == null) {
			return new Span();
		}
		Button change = new Button("Edit", event -> edit.accept(activity));
		change.getElement().setAttribute("aria-label", "Edit " + activity.title());
		Button delete = new Button("Delete", event -> confirmDelete(activity));
		delete.getElement().setAttribute("aria-label", "Delete " + activity.title());
		delete.addThemeVariants(ButtonVariant.ERROR);
		change.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
		delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
		Div actions = new Div(change, delete);
		actions.addClassName("row-actions");
		return actions;
	}

	private void confirmDelete(CeActivity activity) {
		ConfirmDialog confirm = new ConfirmDialog("Delete this activity?",
				"“" + activity.title() + "” and its attachment will be removed from your transcript.", "Delete",
				event -> {
					transcripts.deleteActivity(activity.id());
					changed.run();
				});
		confirm.setCancelable(true);
		confirm.setConfirmButtonTheme("error primary");
		confirm.open();
	}

	private DownloadHandler attachment(long activityId) {
		return DownloadHandler.fromInputStream(event -> {
			try {
				AttachedFile file = transcripts.myAttachment(activityId);
				return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
						"application/pdf", file.content().length);
			}
			catch (ActivityNotFoundException gone) {
				return DownloadResponse.error(404, gone.getMessage());
			}
		});
	}

}

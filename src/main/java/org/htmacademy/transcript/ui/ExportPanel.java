package org.htmacademy.transcript.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.htmacademy.transcript.CertificationRules;
import org.htmacademy.transcript.ExportedFile;
import org.htmacademy.transcript.Figures;
import org.htmacademy.transcript.RenewalPeriod;
import org.htmacademy.transcript.TranscriptException;
import org.htmacademy.transcript.TranscriptService;
import org.jspecify.annotations.Nullable;

/**
 * Downloads the transcript of a period as PDF or CSV: the current renewal period by default, or any dates. The
 * chosen figures are kept in plain fields, because the download runs in its own request, outside the page's lock.
 */
class ExportPanel extends Section {

	static final String CURRENT = "Current renewal period";

	static final String CUSTOM = "Other dates";

	final Select<CertificationRules> certification = new Select<>();

	final RadioButtonGroup<String> period = new RadioButtonGroup<>("Period");

	final DatePicker first = new DatePicker("From");

	final DatePicker last = new DatePicker("To");

	final Anchor pdf;

	final Anchor csv;

	private final Paragraph problem = new Paragraph();

	private Map<String, RenewalPeriod> currentPeriods = Map.of();

	private @Nullable RenewalPeriod current;

	private volatile @Nullable Choice choice;

	private record Choice(String certification, LocalDate first, LocalDate last) {
	}

	ExportPanel(TranscriptService transcripts) {
		addClassName("transcript-export");
		certification.setLabel("Under the rules of");
		certification.setItems(transcripts.certifications());
		certification.setItemLabelGenerator(CertificationRules::code);
		period.setItems(CURRENT, CUSTOM);
		first.setMax(transcripts.today());
		pdf = new Anchor(download(code -> transcripts.exportPdf(code.certification(), code.first(), code.last())),
				"Download PDF");
		csv = new Anchor(download(code -> transcripts.exportCsv(code.certification(), code.first(), code.last())),
				"Download CSV");
		pdf.addClassName("button-link");
		csv.addClassNames("button-link", "secondary");
		pdf.setId("export-pdf");
		csv.setId("export-csv");
		problem.addClassName("form-error");
		problem.getElement().setAttribute("role", "alert");
		certification.addValueChangeListener(event -> update());
		period.addValueChangeListener(event -> update());
		first.addValueChangeListener(event -> update());
		last.addValueChangeListener(event -> update());
		Div dates = new Div(first, last);
		dates.addClassName("export-dates");
		Div fields = new Div(certification, period, dates);
		fields.addClassName("export-fields");
		Div links = new Div(pdf, csv);
		links.addClassName("export-links");
		add(new H2("Export"), new Paragraph("A transcript of one period for your employer or an ACI audit: the PDF "
				+ "is archival (PDF/A) like your certificates; the CSV opens in a spreadsheet."), fields, links,
				problem);
	}

	/**
	 * Starts from the tracked certification's current period; without one, from the last three years.
	 *
	 * @param currentPeriods the current period of each certification held, by code
	 */
	void show(CertificationRules rules, Map<String, RenewalPeriod> currentPeriods, LocalDate today) {
		this.currentPeriods = Map.copyOf(currentPeriods);
		current = currentPeriods.get(rules.code());
		certification.setValue(rules);
		period.setValue(current != null ? CURRENT : CUSTOM);
		first.setValue(current != null ? current.start() : today.minusYears(3).plusDays(1));
		last.setValue(current != null ? current.deadline() : today);
		update();
	}

	private void update() {
		current = certification.getValue() == null ? null : currentPeriods.get(certification.getValue().code());
		period.setItemEnabledProvider(item -> CUSTOM.equals(item) || current != null);
		if (current == null && CURRENT.equals(period.getValue())) {
			period.setValue(CUSTOM);
		}
		boolean custom = !CURRENT.equals(period.getValue()) || current == null;
		first.setEnabled(custom);
		last.setEnabled(custom);
		if (!custom) {
			first.setValue(current.start());
			last.setValue(current.deadline());
			period.setHelperText(Figures.period(current));
		}
		else {
			period.setHelperText(current == null ? "For the current period, add the certification you hold above." : null);
		}
		String message = certification.getValue() == null ? "Choose a certification."
				: first.getValue() == null || last.getValue() == null ? "Enter both dates."
						: last.getValue().isBefore(first.getValue()) ? "The period must end on or after its first day."
								: null;
		problem.setText(message == null ? "" : message);
		choice = message == null ? new Choice(certification.getValue().code(), first.getValue(), last.getValue())
				: null;
		pdf.setEnabled(choice != null);
		csv.setEnabled(choice != null);
	}

	private DownloadHandler download(SerializableFunction<Choice, ExportedFile> export) {
		return DownloadHandler.fromInputStream(event -> {
			Choice chosen = choice;
			if (chosen == null) {
				return DownloadResponse.error(400, "Choose a certification and a period first.");
			}
			try {
				ExportedFile file = export.apply(chosen);
				return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
						file.mediaType(), file.content().length);
			}
			catch (TranscriptException refused) {
				return DownloadResponse.error(422, refused.getMessage());
			}
		});
	}

}

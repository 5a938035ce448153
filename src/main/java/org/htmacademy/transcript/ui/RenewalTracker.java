package org.htmacademy.transcript.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import org.htmacademy.transcript.CertificationRules;
import org.htmacademy.transcript.Figures;
import org.htmacademy.transcript.HeldCertification;
import org.htmacademy.transcript.RenewalProgress;
import org.htmacademy.transcript.TranscriptException;
import org.htmacademy.transcript.TranscriptService;
import org.jspecify.annotations.Nullable;

/**
 * The certifications the learner holds and, for the one tracked, the current renewal period: deadline, CEUs
 * counted by category after caps, what remains, and the chart.
 */
class RenewalTracker extends Section {

	final Select<CertificationRules> certification = new Select<>();

	final DatePicker certifiedOn = new DatePicker("Certified on");

	final Button hold = new Button("Save certification");

	final Div heldList = new Div();

	final Select<HeldCertification> tracked = new Select<>();

	final Div progress = new Div();

	private final TranscriptService transcripts;

	private final SerializableConsumer<String> track;

	private final SerializableRunnable changed;

	RenewalTracker(TranscriptService transcripts, SerializableConsumer<String> track, SerializableRunnable changed) {
		this.transcripts = transcripts;
		this.track = track;
		this.changed = changed;
		addClassName("renewal-tracker");
		setId("renewal-tracker");
		certification.setLabel("Certification you hold");
		certification.setItems(transcripts.certifications());
		certification.setItemLabelGenerator(c -> c.code() + " · " + c.name());
		certification.setPlaceholder("Choose…");
		certifiedOn.setMax(transcripts.today());
		certifiedOn.setHelperText("The date on your ACI certificate");
		certifiedOn.setI18n(new DatePicker.DatePickerI18n().setMaxErrorMessage("The date cannot be in the future."));
		hold.addClickListener(event -> hold());
		Div form = new Div(certification, certifiedOn, hold);
		form.addClassName("hold-form");
		heldList.addClassName("held-list");
		tracked.setLabel("Show renewal of");
		tracked.setItemLabelGenerator(HeldCertification::code);
		tracked.addValueChangeListener(event -> {
			if (event.isFromClient() && event.getValue() != null) {
				track.accept(event.getValue().code());
			}
		});
		progress.addClassName("renewal-progress");
		add(new H2("Renewal tracker"), heldList, form, tracked, progress);
	}

	void show(List<HeldCertification> held, @Nullable RenewalProgress current) {
		heldList.removeAll();
		held.forEach(h -> heldList.add(heldChip(h)));
		if (held.isEmpty()) {
			heldList.add(new Paragraph("Add the ACI certification you hold, with the date you earned it, to see "
					+ "your renewal period, deadline and the CEUs you still need."));
		}
		tracked.setItems(held);
		tracked.setVisible(held.size() > 1);
		progress.removeAll();
		if (current != null) {
			held.stream().filter(h -> h.code().equals(current.certification().code())).findFirst()
				.ifPresent(tracked::setValue);
			progress.add(RenewalFigures.of(current, transcripts.today(), transcripts.rulesSource()));
		}
		hold.setText(held.isEmpty() ? "Save certification" : "Add or update");
		if (held.isEmpty()) {
			hold.addThemeVariants(ButtonVariant.PRIMARY);
		}
		else {
			hold.removeThemeVariants(ButtonVariant.PRIMARY);
		}
	}

	private Div heldChip(HeldCertification held) {
		Span text = new Span(held.code() + " · " + held.rules().name() + " · certified "
				+ Figures.date(held.certifiedOn()));
		Button remove = new Button("Remove", event -> {
			transcripts.dropCertification(held.code());
			changed.run();
		});
		remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
		remove.getElement().setAttribute("aria-label", "Remove " + held.code());
		Div chip = new Div(text, remove);
		chip.addClassName("held-certification");
		return chip;
	}

	private void hold() {
		CertificationRules chosen = certification.getValue();
		certification.setInvalid(chosen == null);
		if (chosen == null) {
			certification.setErrorMessage("Choose the certification you hold.");
			return;
		}
		try {
			HeldCertification held = transcripts.holdCertification(chosen.code(), certifiedOn.getValue());
			certification.clear();
			certifiedOn.clear();
			certifiedOn.setInvalid(false);
			track.accept(held.code());
		}
		catch (TranscriptException problem) {
			certifiedOn.setErrorMessage(problem.getMessage());
			certifiedOn.setInvalid(true);
		}
	}

	static String daysLeft(LocalDate deadline, LocalDate today) {
		long days = ChronoUnit.DAYS.between(today, deadline);
		return days == 0 ? "today is the last day" : days == 1 ? "1 day left" : String.format("%,d days left", days);
	}

}

package org.htmacademy.transcript.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.htmacademy.transcript.CeActivity;
import org.htmacademy.transcript.CertificationRules;
import org.htmacademy.transcript.Figures;
import org.htmacademy.transcript.HeldCertification;
import org.htmacademy.transcript.RenewalPeriod;
import org.htmacademy.transcript.RenewalProgress;
import org.htmacademy.transcript.Transcript;
import org.htmacademy.transcript.TranscriptService;
import org.jspecify.annotations.Nullable;

/**
 * The learner's CE transcript: the renewal tracker for a certification they hold, every certificate and
 * self-reported activity, and exports of a period.
 */
@Route("transcript")
@PageTitle("CE transcript — HTM Academy")
@Menu(title = "CE transcript", order = 30, icon = "vaadin:records")
@PermitAll
class TranscriptView extends Main {

	final RenewalTracker tracker;

	final TranscriptTable entries;

	final ExportPanel export;

	private final TranscriptService transcripts;

	private @Nullable String trackedCode;

	private @Nullable CertificationRules basis;

	TranscriptView(TranscriptService transcripts) {
		this.transcripts = transcripts;
		addClassNames("page", "transcript-page");
		tracker = new RenewalTracker(transcripts, code -> {
			trackedCode = code;
			refresh();
		}, this::refresh);
		entries = new TranscriptTable(transcripts, () -> openDialog(null), this::openDialog, this::refresh);
		export = new ExportPanel(transcripts);
		add(new H1("CE transcript"), new Paragraph("The certificates HTM Academy issued you and the continuing "
				+ "education you earned elsewhere, counted towards renewing your ACI certification."), tracker,
				entries, export);
		refresh();
	}

	private void refresh() {
		List<HeldCertification> held = transcripts.myCertifications();
		if (held.stream().noneMatch(h -> h.code().equals(trackedCode))) {
			trackedCode = held.isEmpty() ? null : held.getFirst().code();
		}
		Map<String, RenewalPeriod> currentPeriods = new LinkedHashMap<>();
		RenewalProgress progress = null;
		for (HeldCertification certification : held) {
			RenewalProgress current = transcripts.myProgress(certification.code());
			currentPeriods.put(certification.code(), current.period());
			if (certification.code().equals(trackedCode)) {
				progress = current;
			}
		}
		tracker.show(held, progress);
		Transcript transcript = transcripts.myTranscript(trackedCode);
		basis = transcript.basis();
		entries.show(transcript);
		export.show(transcript.basis(), currentPeriods, transcripts.today());
	}

	private void openDialog(@Nullable CeActivity activity) {
		String rule = basis == null ? "" : Figures.number(basis.contactHoursPerCeu()) + " contact hours = 1 CEU under "
				+ "the " + basis.code() + " rules";
		new ActivityDialog(transcripts, activity, rule, this::refresh).open();
	}

}

package org.htmacademy.transcript;

import static java.time.LocalDate.parse;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Transcripts as the transcript feature would fill them in. */
final class Transcripts {

	static final ZonedDateTime GENERATED = ZonedDateTime.of(2027, 6, 15, 9, 30, 0, 0, ZoneId.of("America/Chicago"));

	private Transcripts() {
	}

	static List<CeEntry> entries() {
		return List.of(
				new CeEntry(parse("2026-03-04"), "Electrical Safety Testing of Medical Equipment (IEC 62353)",
						"HTM Academy", "IV", Credit.contactHours("1.5"), EntrySource.HTM_ACADEMY,
						"HTMA-2026-7KQ2M-9XD4P"),
				new CeEntry(parse("2026-05-20"), "Infusion pump maintenance — vendor course", "Hospital Clínico San José",
						"IV", Credit.contactHours("8"), EntrySource.SELF_REPORTED, "BX-2026/0193"),
				new CeEntry(parse("2026-09-01"), "CHTM certification earned", "AAMI Credentials Institute", "I",
						Credit.ceus("5"), EntrySource.SELF_REPORTED, null),
				new CeEntry(parse("2027-01-12"), "Networking Fundamentals for Medical Devices: IP addressing, VLANs, "
						+ "wireless infusion pumps and the clinical network", "HTM Academy", "IV",
						Credit.contactHours("12.75"), EntrySource.HTM_ACADEMY, "HTMA-2027-3NW8R-QK2TV"),
				new CeEntry(parse("2027-02-03"), "=HYPERLINK(\"http://evil.example\",\"Click\")", "-Self", "III",
						Credit.ceus("2"), EntrySource.SELF_REPORTED, "@42"));
	}

	static TranscriptDocument sample(String learnerName) {
		return new TranscriptDocument(learnerName, "HTM Academy Continuing Education, LLC", GENERATED, progress());
	}

	static RenewalProgress progress() {
		return RenewalCalculator.progress(Rules.cbet(), parse("2026-03-04"), parse("2027-06-15"), entries());
	}

	/** Enough activities for several pages. */
	static TranscriptDocument long_(String learnerName) {
		List<CeEntry> entries = new ArrayList<>(entries());
		for (int i = 1; i <= 70; i++) {
			entries.add(new CeEntry(parse("2026-04-01").plusDays(i * 9L), "Module " + i + ": troubleshooting "
					+ "patient monitors, defibrillators and ventilators in the field", "HTM Academy", "IV",
					Credit.contactHours("0.5"), i % 3 == 0 ? EntrySource.SELF_REPORTED : EntrySource.HTM_ACADEMY,
					"HTMA-2026-7KQ2M-9XD4P"));
		}
		return new TranscriptDocument(learnerName, "HTM Academy Continuing Education, LLC", GENERATED,
				RenewalCalculator.progress(Rules.cbet(), parse("2026-03-04"), parse("2027-06-15"), entries));
	}

}

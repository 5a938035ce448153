package org.htmacademy.course;

import java.util.List;
import java.util.Random;

/**
 * A lesson of about 700 words as an author writes one: a title, sections of prose, a table, a callout, a fenced
 * block, an image on request and a closing References section. The prose is drawn from HTM vocabulary, so the
 * renderer and the word count see realistic text.
 */
final class GeneratedLesson {

	static final int TARGET_WORDS = 700;

	private static final List<String> SUBJECTS = List.of("The biomed", "The clinical engineer", "An infusion pump",
			"The patient monitor", "The interface engine", "The PACS archive", "A DICOM modality", "The vendor",
			"The network team", "The sterilizer", "The dental unit waterline", "The ultrasound system",
			"The device gateway", "The firewall", "The service technician");

	private static final List<String> VERBS = List.of("records", "checks", "verifies", "documents", "isolates",
			"reviews", "tests", "configures", "reports", "monitors", "segments", "patches", "calibrates",
			"inspects", "confirms");

	private static final List<String> OBJECTS = List.of("the leakage current", "the VLAN assignment",
			"the firmware version", "the MDS2 form", "the asset inventory", "the AE title", "the HL7 acknowledgment",
			"the water quality result", "the biological indicator", "the preventive maintenance record",
			"the port list", "the patch schedule", "the alarm limits", "the work order", "the risk assessment");

	private static final List<String> CLOSINGS = List.of("before the device returns to clinical use",
			"after every repair", "during the annual inspection", "with the clinical team present",
			"against the manufacturer's service manual", "so that another technician can repeat it",
			"before the change window closes", "whenever the configuration changes", "in the maintenance system",
			"at the start of each shift");

	private GeneratedLesson() {
	}

	/** @param imagePath the image to show, relative to the lesson file, or null for none */
	static String markdown(String title, Random random, String imagePath) {
		StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
		int words = 0;
		words += paragraph(md, random, 5);
		if (imagePath != null) {
			md.append("![Diagram of the device, the network segment and the systems it reaches](")
				.append(imagePath)
				.append(")\n\n");
		}
		md.append("## What to check\n\n");
		md.append("| Item | Expected | Recorded by |\n|---|---|---|\n");
		md.append("| Firmware version | As approved | Biomed |\n| VLAN | ").append(10 + random.nextInt(90))
			.append(" | Network team |\n| Leakage current | Within limit | Biomed |\n\n");
		words += 21;
		md.append("> [!WARNING]\n> Never take a device off the network during a case without the clinical team's "
				+ "agreement.\n\n");
		words += 17;
		md.append("```text\nping -c 4 10.20.").append(random.nextInt(250)).append('.').append(1 + random.nextInt(250))
			.append("\n```\n\n");
		words += 4;
		md.append("## Doing it in practice\n\n");
		words += 4;
		while (words < TARGET_WORDS - 40) {
			words += paragraph(md, random, 4 + random.nextInt(3));
		}
		md.append("## References\n\n- IEC 80001-1:2021, Application of risk management for IT-networks "
				+ "incorporating medical devices\n- ANSI/AAMI EQ56:2013, Recommended practice for a medical "
				+ "equipment management program\n");
		return md.toString();
	}

	private static int paragraph(StringBuilder md, Random random, int sentences) {
		int words = 0;
		for (int i = 0; i < sentences; i++) {
			String sentence = pick(SUBJECTS, random) + " " + pick(VERBS, random) + " " + pick(OBJECTS, random) + " "
					+ pick(CLOSINGS, random) + ", and " + pick(SUBJECTS, random).toLowerCase() + " "
					+ pick(VERBS, random) + " " + pick(OBJECTS, random) + ".";
			md.append(i == 0 ? "" : " ").append(sentence);
			words += sentence.split(" ").length;
		}
		md.append("\n\n");
		return words;
	}

	private static String pick(List<String> words, Random random) {
		return words.get(random.nextInt(words.size()));
	}

}

package org.htmacademy.course;

import java.util.Random;

/**
 * GIFT questions of every type the platform grades, in turn: multiple choice with one answer and with several,
 * true/false, numerical, matching and short answer. Question texts avoid GIFT's special characters.
 */
final class GeneratedQuestions {

	static final int TYPES = 6;

	private GeneratedQuestions() {
	}

	/** A quiz file of {@code count} questions; {@code label} makes every title unique in the file. */
	static String gift(String category, String label, int count, Random random) {
		StringBuilder gift = new StringBuilder("// Generated for the import benchmark.\n$CATEGORY: ")
			.append(category)
			.append("\n\n");
		for (int i = 0; i < count; i++) {
			gift.append(question(label + " question " + (i + 1), i % TYPES, random)).append("\n\n");
		}
		return gift.toString();
	}

	static String question(String title, int type, Random random) {
		return switch (type) {
			case 0 -> """
					::%s::Why is leakage current limited on patient-connected equipment? {
					  =Current through the patient can cause harm below the level the patient can feel. #Right, \
					cardiac tissue is sensitive to very small currents.
					  ~To reduce the hospital's electricity bill. #No, the currents involved are microamperes.
					  ~Because the breaker would otherwise trip. #No, breakers respond to amperes.
					  ####Leakage limits exist to protect the patient.
					}""".formatted(title);
			case 1 -> """
					::%s::Which of these belong in a safety test record? {
					  ~%%50%%The measured value #Yes, the result itself.
					  ~%%50%%The limit it was compared to #Yes, so the pass can be checked.
					  ~%%-100%%The weather on the day #No, it has no bearing on the result.
					}""".formatted(title);
			case 2 -> "::%s::A device on a segmented clinical VLAN can still be reached from the internet when a "
					.formatted(title) + "firewall rule allows it. {TRUE#It can, segmentation is only as good as "
					+ "the rules.#Right, always review the rules.}";
			case 3 -> {
				int prefix = 24 + random.nextInt(6);
				yield "::%s::How many usable host addresses does an IPv4 subnet with prefix length %d have? {#%d}"
					.formatted(title, prefix, (1 << (32 - prefix)) - 2);
			}
			case 4 -> """
					::%s::Match each interface with the port it listens on by default. {
					  =DICOM -> 104
					  =HTTPS -> 443
					  =SSH -> 22
					  = -> 8080
					}""".formatted(title);
			default -> "::%s::Which standard protocol do imaging modalities use to send images to PACS (one word)? "
				.formatted(title) + "{=DICOM}";
		};
	}

}

package org.htmacademy.common.names;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;

import org.htmacademy.common.print.Characters;
import org.htmacademy.common.print.NameFaces;

/**
 * The rule for a person's name, checked wherever a name is entered: letters, marks, spaces and the punctuation real
 * names use, in NFC; no control, format, bidirectional, private-use or invisible characters except the joiners a
 * script needs between letters; at least one letter; at most {@value #MAX_VISIBLE} visible characters; and a name the
 * certificate can print, so no learner finds out at download time (DD024).
 */
public final class PersonName {

	public static final int MAX_VISIBLE = 120;

	/** Stored in a VARCHAR(200); marks and joiners count there too. */
	public static final int MAX_STORED = 200;

	/**
	 * Apostrophes, hyphens, full stop, comma, middle dots (Catalan, Japanese), the Hebrew geresh, gershayim and maqaf,
	 * and the Arabic comma.
	 */
	private static final Set<Integer> PUNCTUATION = Set.of((int) '\'', 0x2019, (int) '-', 0x2010, 0x2011, (int) '.',
			(int) ',', 0x00B7, 0x30FB, 0x05F3, 0x05F4, 0x05BE, 0x060C);

	private PersonName() {
	}

	/** The name as it is stored and printed: NFC, trimmed, runs of spaces as one. */
	public static String normalize(String raw) {
		return Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("[\\s\\p{Zs}]+", " ");
	}

	/**
	 * The name made ready to store.
	 * @throws IllegalArgumentException saying what is wrong with it and what to do
	 */
	public static String clean(String raw, NameFaces faces) {
		String name = normalize(raw == null ? "" : raw);
		problem(name, faces).ifPresent(problem -> {
			throw new IllegalArgumentException(problem);
		});
		return name;
	}

	/** What is wrong with a stored name, if anything; it is checked as stored, without normalizing it. */
	public static Optional<String> problem(String name, NameFaces faces) {
		if (name.isBlank()) {
			return Optional.of("Enter your full name as it must appear on certificates.");
		}
		if (!Normalizer.isNormalized(name, Normalizer.Form.NFC)) {
			return Optional.of("The name is not in Unicode normal form C; saving it again stores it so.");
		}
		int[] characters = name.codePoints().toArray();
		for (int i = 0; i < characters.length; i++) {
			Optional<String> refused = refused(characters, i);
			if (refused.isPresent()) {
				return refused;
			}
		}
		if (name.codePoints().noneMatch(Character::isLetter)) {
			return Optional.of("A name needs at least one letter.");
		}
		if (!Character.isLetter(characters[0])) {
			// also keeps every name out of the CSV exports' formula guard, so it reads the same there
			return Optional.of("A name starts with a letter, not with " + Characters.describe(characters[0]) + ".");
		}
		long visible = name.codePoints().filter(PersonName::isVisible).count();
		if (visible > MAX_VISIBLE || name.length() > MAX_STORED) {
			return Optional.of("Names are limited to " + MAX_VISIBLE + " characters.");
		}
		return faces.problem(name);
	}

	private static Optional<String> refused(int[] characters, int i) {
		int c = characters[i];
		if (Characters.isJoiner(c)) {
			boolean betweenLetters = i > 0 && i < characters.length - 1 && isLetterOrMark(characters[i - 1])
					&& isLetterOrMark(characters[i + 1]);
			return betweenLetters ? Optional.empty()
					: Optional.of("The name has the invisible " + Characters.describe(c)
							+ " outside a word. Joiners belong only between two letters; delete it.");
		}
		if (DefaultIgnorable.contains(c)) {
			return Optional.of("The name has the invisible character " + Characters.describe(c)
					+ ", which would not print. Delete it and type the name again.");
		}
		if (isLetterOrMark(c) || c == ' ' || PUNCTUATION.contains(c)) {
			return Optional.empty();
		}
		return Optional.of(switch (Character.getType(c)) {
			case Character.CONTROL, Character.FORMAT -> "The name has the control character " + Characters.describe(c)
					+ ", which would not print. Delete it and type the name again.";
			case Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> "The name has "
					+ Characters.describe(c) + ", which is not a character every font and system knows. Delete it.";
			case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> "The name has the "
					+ "digit " + Characters.describe(c) + "; names on certificates are letters only.";
			default -> "The name has " + Characters.describe(c) + ", which is not used in names. Names are letters, "
					+ "spaces, apostrophes, hyphens, full stops and commas.";
		});
	}

	private static boolean isLetterOrMark(int c) {
		int type = Character.getType(c);
		return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	private static boolean isVisible(int c) {
		int type = Character.getType(c);
		return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && !Characters.isJoiner(c);
	}

}

package org.htmacademy.course.gift;

import java.util.ArrayList;
import java.util.List;

/** Splits an answer block the way Moodle explodes it, keeping each piece's position. */
final class Pieces {

	private Pieces() {
	}

	/**
	 * Cuts before every marker character, so each piece but the first starts with its marker. The first piece,
	 * the text before any marker, is dropped when blank, as Moodle drops an empty first element.
	 */
	static List<Span> split(Span answers, String markers) {
		List<Span> pieces = new ArrayList<>();
		int pieceStart = answers.start();
		for (int i = answers.start(); i < answers.end(); i++) {
			if (markers.indexOf(answers.charAt(i)) >= 0) {
				pieces.add(new Span(answers.block(), pieceStart, i));
				pieceStart = i;
			}
		}
		pieces.add(new Span(answers.block(), pieceStart, answers.end()));
		if (pieces.getFirst().trim().isEmpty()) {
			pieces.removeFirst();
		}
		return pieces;
	}

	/**
	 * Warns about a marker glued to the text before it, as in {@code ~1=2} or {@code href="x"}: Moodle starts a
	 * new answer there, which is rarely what the author meant.
	 */
	static void warnGlued(Span answers, String markers, Problems problems) {
		for (int i = answers.start() + 1; i < answers.end(); i++) {
			char marker = answers.charAt(i);
			if (markers.indexOf(marker) >= 0 && !Escapes.isTrimmed(answers.charAt(i - 1))) {
				problems.warning(answers.from(i), "'" + marker + "' right after text starts a new answer: put a space "
						+ "before it, or write \\" + marker + " if it belongs to the text");
			}
		}
	}

	/** The piece without its leading marker, trimmed. */
	static Span afterMarker(Span piece, String markers) {
		Span trimmed = piece.trim();
		if (!trimmed.isEmpty() && markers.indexOf(trimmed.charAt(trimmed.start())) >= 0) {
			return trimmed.from(trimmed.start() + 1).trim();
		}
		return trimmed;
	}
}

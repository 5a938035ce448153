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

	/** The piece without its leading marker, trimmed. */
	static Span afterMarker(Span piece, String markers) {
		Span trimmed = piece.trim();
		if (!trimmed.isEmpty() && markers.indexOf(trimmed.charAt(trimmed.start())) >= 0) {
			return trimmed.from(trimmed.start() + 1).trim();
		}
		return trimmed;
	}
}

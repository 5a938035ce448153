package org.htmacademy.course.content;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the closest candidate within a few typos, ignoring case. */
final class Suggestion {

	private Suggestion() {
	}

	static Optional<String> closest(String written, Collection<String> candidates) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			int distance = distance(written.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
			if (distance <= allowedTypos(candidate) && distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Appends "; did you mean 'x'?" when a candidate is close. */
	static String didYouMean(String message, String written, Collection<String> candidates) {
		return closest(written, candidates).map(candidate -> message + "; did you mean '" + candidate + "'?")
			.orElse(message);
	}

	private static int allowedTypos(String candidate) {
		return candidate.length() <= 4 ? 1 : candidate.length() <= 10 ? 2 : 3;
	}

	/** Levenshtein distance. */
	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}

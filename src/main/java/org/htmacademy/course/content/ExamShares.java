package org.htmacademy.course.content;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.htmacademy.course.gift.ExamCheck;

/** The wording the exam-quality summaries share. */
final class ExamShares {

	private ExamShares() {
	}

	static String keyLongest(int keyLongest, int singleAnswer) {
		return keyLongest + " of " + singleAnswer + " single-answer question" + (singleAnswer == 1 ? "" : "s")
				+ " keyed on the longest option (" + percent(keyLongest, singleAnswer) + ")";
	}

	/** Whole when it is, else one decimal, so 35.4 % does not read as the 35 % it exceeds. */
	static String percent(int part, int whole) {
		if (whole == 0) {
			return "0 %";
		}
		double percent = 100.0 * part / whole;
		return (percent == Math.rint(percent) ? String.valueOf((long) percent)
				: String.format(Locale.ROOT, "%.1f", percent)) + " %";
	}

	static String warnings(Map<ExamCheck, Integer> warnings) {
		int total = warnings.values().stream().mapToInt(Integer::intValue).sum();
		if (total == 0) {
			return "no exam-quality warnings";
		}
		return total + " exam-quality warning" + (total == 1 ? "" : "s") + ": " + warnings.entrySet()
			.stream()
			.map(entry -> entry.getValue() + " " + entry.getKey().label())
			.collect(Collectors.joining(", "));
	}

	/** In the checks' order, without zero counts. */
	static Map<ExamCheck, Integer> copy(Map<ExamCheck, Integer> warnings) {
		Map<ExamCheck, Integer> copy = new EnumMap<>(ExamCheck.class);
		warnings.forEach((check, count) -> {
			if (count != null && count > 0) {
				copy.put(check, count);
			}
		});
		return Collections.unmodifiableMap(copy);
	}

}

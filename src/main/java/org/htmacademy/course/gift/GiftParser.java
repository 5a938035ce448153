package org.htmacademy.course.gift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.htmacademy.course.repository.ContentColumn;

/**
 * Reads Moodle's GIFT quiz format with Moodle's semantics (question/format/gift/format.php) and the checks Moodle
 * makes when it saves the imported questions. It never throws on bad input: each problem is reported with its
 * position and the parser goes on with the next question.
 */
public final class GiftParser {

	private static final String CATEGORY = "$CATEGORY:";

	public GiftParseResult parse(String source, String fileName) {
		return parseLaidOut(source, fileName).result();
	}

	/** The result, and where the parts of each of its questions start, in the same order. */
	record LaidOutResult(GiftParseResult result, List<QuestionReader.LaidOut> laidOut) {
	}

	LaidOutResult parseLaidOut(String source, String fileName) {
		Problems problems = new Problems(Objects.requireNonNullElse(fileName, "<gift>"));
		QuestionReader reader = new QuestionReader(problems);
		List<GiftQuestion> questions = new ArrayList<>();
		List<QuestionReader.LaidOut> laidOut = new ArrayList<>();
		Map<String, Integer> titleLines = new HashMap<>();
		String category = null;
		for (Block block : Block.split(Objects.requireNonNullElse(source, ""))) {
			Span text = block.all().trim();
			if (text.isEmpty()) {
				continue;
			}
			reportLoneBackslashes(text, problems);
			if (text.startsWith(CATEGORY)) {
				category = category(text, problems);
				continue;
			}
			int errorsBefore = problems.errorCount();
			QuestionReader.Read read = reader.read(text, category);
			if (read.title() != null) {
				ContentColumn.QUESTION_TITLE.problem(read.title()).ifPresent(p -> problems.error(read.titleSpan(), p));
				Integer firstLine = titleLines.putIfAbsent(read.title(), read.titleSpan().line());
				if (firstLine != null) {
					problems.error(read.titleSpan(), "duplicate title '" + read.title() + "' (first used on line "
							+ firstLine + "): titles are the questions' stable identity and must be unique");
				}
			}
			if (problems.errorCount() == errorsBefore && read.question() != null) {
				if (read.title() == null) {
					problems.warning(text, "the question has no title: add ::Title:: (titles are the question's "
							+ "stable identity for the gradebook)");
				}
				questions.add(read.question());
				laidOut.add(read.laidOut());
			}
		}
		return new LaidOutResult(new GiftParseResult(questions, problems.all()), laidOut);
	}

	/**
	 * A backslash at the end of a line or of the question escapes nothing: Moodle keeps it or swallows the line end,
	 * and the next character it was meant for (a closing brace, often) loses its meaning.
	 */
	private static void reportLoneBackslashes(Span text, Problems problems) {
		String all = text.text();
		for (int i = 0; i < all.length(); i++) {
			if (all.charAt(i) != '\\') {
				continue;
			}
			if (i + 1 < all.length() && all.charAt(i + 1) == '\\') {
				i++;
				continue;
			}
			if (i + 1 == all.length() || all.charAt(i + 1) == '\n' || all.charAt(i + 1) == '\r') {
				problems.error(text.from(text.start() + i), "a backslash at the end of a line escapes nothing: "
						+ "write \\\\ for a backslash, or put the character it escapes right after it");
			}
		}
	}

	/** Moodle reads the whole block as the category name, so a question right below it would be swallowed. */
	private static String category(Span text, Problems problems) {
		Span name = text.from(text.start() + CATEGORY.length()).trim();
		int newline = name.indexOf("\n");
		if (newline >= 0) {
			problems.error(name.from(newline).trim(), "put a blank line after $CATEGORY: Moodle reads the lines "
					+ "below it as part of the category name");
			name = name.to(newline).trim();
		}
		if (name.isEmpty()) {
			problems.error(text, "$CATEGORY: needs a category name");
			return null;
		}
		Span written = name;
		ContentColumn.QUESTION_CATEGORY.problem(name.text()).ifPresent(p -> problems.error(written, p));
		return name.text();
	}
}

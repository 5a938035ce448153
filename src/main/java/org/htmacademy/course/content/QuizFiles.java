package org.htmacademy.course.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.htmacademy.course.content.CourseFile.QuizEntry;
import org.htmacademy.course.gift.GiftParseResult;
import org.htmacademy.course.gift.GiftParser;
import org.htmacademy.course.gift.GiftProblem;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.markdown.Severity;
import org.jspecify.annotations.Nullable;

/** The GIFT files of a course's quizzes, each parsed once even when two quizzes share it. */
final class QuizFiles {

	/** An HTML or Markdown image: {@code <img ...>} or {@code ![alt](file)}. */
	private static final Pattern IMAGE = Pattern.compile("(?i)<img\\b|!\\[[^\\]]*\\]\\(");

	private final ContentFiles files;

	private final Problems problems;

	private final Map<String, @Nullable GiftParseResult> parsed = new HashMap<>();

	QuizFiles(ContentFiles files, Problems problems) {
		this.files = files;
		this.problems = problems;
	}

	@Nullable QuizDefinition load(@Nullable QuizEntry entry) {
		if (entry == null || entry.file() == null) {
			return null;
		}
		Located written = entry.file();
		Optional<Path> relative = CoursePaths.inside(Path.of(""), written.value());
		if (relative.isEmpty()) {
			problems.error(written.at(), "quiz file " + written.value() + " is outside the course folder");
			return null;
		}
		String path = CoursePaths.slashed(relative.get());
		Path file = files.path(path);
		if (!Files.isRegularFile(file)) {
			problems.error(written.at(), "quiz file " + written.value() + " does not exist");
			return null;
		}
		if (!CoursePaths.staysInside(files.path(""), file)) {
			problems.error(written.at(), "quiz file " + written.value() + " is outside the course folder");
			return null;
		}
		GiftParseResult result = parsed.containsKey(path) ? parsed.get(path) : parse(path);
		if (result == null || result.hasErrors()) {
			return null;
		}
		int questions = result.questions().size();
		if (entry.drawAt() != null && questions > 0 && entry.settings().draw() > questions) {
			problems.error(entry.drawAt(), "draw " + entry.settings().draw() + " is more than the " + questions
					+ " questions in " + path);
		}
		return new QuizDefinition(path, entry.settings(), result.questions());
	}

	private @Nullable GiftParseResult parse(String path) {
		String source = files.text(path);
		GiftParseResult result = source == null ? null : new GiftParser().parse(source, path);
		parsed.put(path, result);
		if (result == null) {
			return null;
		}
		for (GiftProblem problem : result.problems()) {
			problems.add(new At(files.path(path), problem.line(), problem.column()),
					problem.isError() ? Severity.ERROR : Severity.WARNING, problem.message());
		}
		for (GiftQuestion question : result.questions()) {
			if (IMAGE.matcher(question.text()).find()) {
				problems.error(new At(files.path(path), question.line(), 1), "the question shows an image, which the "
						+ "quiz page does not display: describe what matters in words, or show the picture in a lesson");
			}
		}
		if (!result.hasErrors() && result.questions().isEmpty()) {
			problems.error(At.start(files.path(path)), "the quiz has no questions");
		}
		return result;
	}

}

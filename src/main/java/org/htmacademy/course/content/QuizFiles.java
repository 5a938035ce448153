package org.htmacademy.course.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.htmacademy.course.content.CourseFile.QuizEntry;
import org.htmacademy.course.gift.ExamCheck;
import org.htmacademy.course.gift.ExamFinding;
import org.htmacademy.course.gift.ExamLint;
import org.htmacademy.course.gift.ExamReport;
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

	/** In the order course.yml lists the quizzes. */
	private final Map<String, QuizExamQuality> examQuality = new LinkedHashMap<>();

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
		GiftParseResult result = parsed.containsKey(path) ? parsed.get(path) : parse(path, written.at());
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

	/** The exam-quality figures of the quiz files read, in course.yml's order. */
	List<QuizExamQuality> examQuality() {
		return List.copyOf(examQuality.values());
	}

	/** @param listedAt where course.yml names the file, for what is said of the quiz as a whole */
	private @Nullable GiftParseResult parse(String path, At listedAt) {
		String source = files.text(path);
		GiftParseResult result = source == null ? null : new GiftParser().parse(source, path);
		parsed.put(path, result);
		if (source == null || result == null) {
			return null;
		}
		for (GiftProblem problem : result.problems()) {
			add(path, problem);
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
		lint(path, source, listedAt);
		return result;
	}

	private void lint(String path, String source, At listedAt) {
		ExamReport report = ExamLint.check(source, path);
		Map<ExamCheck, Integer> warnings = new EnumMap<>(ExamCheck.class);
		for (ExamFinding finding : report.findings()) {
			add(path, finding.problem());
			warnings.merge(finding.check(), 1, Integer::sum);
		}
		QuizExamQuality quality = new QuizExamQuality(path, report.singleAnswer(), report.keyLongest(), warnings);
		if (report.keyLongestTooOften()) {
			problems.warning(listedAt, "exam quality: " + ExamShares.keyLongest(report.keyLongest(),
					report.singleAnswer()) + " in " + path + ", more than " + ExamReport.QUIZ_LIMIT_PERCENT
					+ " %: a learner who always picks the longest option passes; make the distractors as long and "
					+ "as specific as the keys");
			quality = quality.withWarning(ExamCheck.KEY_LONGEST_SHARE);
		}
		examQuality.put(path, quality);
	}

	private void add(String path, GiftProblem problem) {
		problems.add(new At(files.path(path), problem.line(), problem.column()),
				problem.isError() ? Severity.ERROR : Severity.WARNING, problem.message());
	}

}

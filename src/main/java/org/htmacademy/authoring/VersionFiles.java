package org.htmacademy.authoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.htmacademy.authoring.CourseOutline.Area;
import org.htmacademy.authoring.CourseOutline.Author;
import org.htmacademy.authoring.CourseOutline.ModuleOutline;
import org.htmacademy.authoring.CourseOutline.QuizOutline;
import org.htmacademy.authoring.repository.VersionContent;
import org.htmacademy.authoring.repository.VersionContent.LessonContent;
import org.htmacademy.authoring.repository.VersionContent.ModuleContent;
import org.htmacademy.authoring.repository.VersionContent.QuizContent;
import org.htmacademy.course.content.GradingMethod;
import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.QuizSettings;
import org.htmacademy.course.content.ReviewPolicy;
import org.htmacademy.course.content.Track;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftWriter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published version written out as its course folder again: course.yml from the stored course fields, lessons as
 * their stored Markdown (byte for byte), quizzes from the stored question definitions through the GIFT writer, and
 * the images. Importing these files gives the same course: same lessons, same questions, same settings.
 */
@Component
public class VersionFiles {

	private static final Map<String, Class<? extends GiftQuestion>> QUESTION_TYPES = Map.of("MultipleChoice",
			GiftQuestion.MultipleChoice.class, "TrueFalse", GiftQuestion.TrueFalse.class, "ShortAnswer",
			GiftQuestion.ShortAnswer.class, "Numerical", GiftQuestion.Numerical.class, "Matching",
			GiftQuestion.Matching.class);

	private final JsonMapper json;

	VersionFiles(JsonMapper json) {
		this.json = json;
	}

	/** By path relative to the course folder, sorted. */
	public Map<String, byte[]> files(VersionContent version) {
		Map<String, byte[]> files = new TreeMap<>();
		files.put(DraftPaths.COURSE_FILE, utf8(CourseYamlWriter.write(outline(version)).text()));
		for (ModuleContent module : version.modules()) {
			for (LessonContent lesson : module.lessons()) {
				files.put(lessonPath(lesson), utf8(lesson.markdown()));
			}
		}
		Map<String, List<GiftQuestion>> quizzes = new LinkedHashMap<>();
		version.quizzes().forEach(quiz -> quizzes.putIfAbsent(quiz.sourceFile(), questions(quiz)));
		GiftWriter writer = new GiftWriter();
		quizzes.forEach((file, questions) -> files.put(file, utf8(writer.write(questions).text())));
		version.assets().forEach(asset -> files.put(asset.path(), asset.content()));
		return files;
	}

	CourseOutline outline(VersionContent version) {
		List<ModuleOutline> modules = new ArrayList<>();
		for (ModuleContent module : version.modules()) {
			QuizOutline quiz = version.quizzes()
				.stream()
				.filter(q -> q.moduleId() != null && q.moduleId() == module.moduleId())
				.findFirst()
				.map(VersionFiles::quizOutline)
				.orElse(null);
			modules.add(new ModuleOutline(module.slug(), module.title(),
					module.lessons().stream().map(VersionFiles::lessonPath).toList(), quiz));
		}
		QuizOutline finalQuiz = version.quizzes()
			.stream()
			.filter(q -> q.moduleId() == null)
			.findFirst()
			.map(VersionFiles::quizOutline)
			.orElse(null);
		return new CourseOutline(version.courseSlug(), version.title(), version.versionLabel(),
				Track.valueOf(version.track()), Level.valueOf(version.level()), version.summary(),
				texts(version.objectivesJson()), version.ceHours(), areas(version.certificationAreasJson()),
				texts(version.prerequisitesJson()), authors(version.authorsJson()), texts(version.referencesJson()),
				version.requiresLessons(), version.requiresFinalQuiz(), version.awardsCertificate(), modules,
				finalQuiz, version.statedSeatMinutes());
	}

	/** Versions imported before the lesson path was kept had every lesson in lessons/. */
	static String lessonPath(LessonContent lesson) {
		return lesson.sourcePath() != null ? lesson.sourcePath() : "lessons/" + lesson.slug() + ".md";
	}

	private static QuizOutline quizOutline(QuizContent quiz) {
		return new QuizOutline(quiz.sourceFile(),
				new QuizSettings(quiz.passMark(), quiz.attemptsAllowed(), quiz.timeLimitMinutes(),
						quiz.shuffleQuestions(), quiz.shuffleAnswers(), quiz.drawCount(),
						ReviewPolicy.valueOf(quiz.reviewPolicy()), GradingMethod.valueOf(quiz.gradingMethod())));
	}

	List<GiftQuestion> questions(QuizContent quiz) {
		return quiz.questionDefinitions().stream().map(this::question).toList();
	}

	GiftQuestion question(String definition) {
		JsonNode stored = json.readTree(definition);
		Class<? extends GiftQuestion> type = QUESTION_TYPES.get(stored.path("type").asString());
		if (type == null) {
			throw new IllegalStateException("unknown question type " + stored.path("type"));
		}
		return json.treeToValue(stored.get("question"), type);
	}

	private List<String> texts(String array) {
		List<String> texts = new ArrayList<>();
		json.readTree(array).forEach(node -> texts.add(node.asString()));
		return texts;
	}

	private List<Area> areas(String array) {
		List<Area> areas = new ArrayList<>();
		json.readTree(array).forEach(node -> {
			List<String> domains = new ArrayList<>();
			node.path("domains").forEach(domain -> domains.add(domain.asString()));
			areas.add(new Area(node.path("certification").asString(), domains));
		});
		return areas;
	}

	private List<Author> authors(String array) {
		List<Author> authors = new ArrayList<>();
		json.readTree(array).forEach(node -> {
			JsonNode credentials = node.path("credentials");
			authors.add(new Author(node.path("name").asString(), credentials.isString() ? credentials.asString() : ""));
		});
		return authors;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

package org.htmacademy.course;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.htmacademy.course.content.CourseModule;
import org.htmacademy.course.content.LessonSource;
import org.htmacademy.course.content.LoadedCourse;
import org.htmacademy.course.content.QuizDefinition;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.markdown.LessonRenderer;
import org.htmacademy.course.repository.CourseContentRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes one course as a new published version, in one transaction. */
@Component
class CourseVersionWriter {

	private static final Map<String, String> CONTENT_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg",
			"image/jpeg", "gif", "image/gif", "webp", "image/webp", "svg", "image/svg+xml");

	private final CourseContentRepository repository;

	private final LessonRenderer renderer;

	private final JsonMapper json;

	CourseVersionWriter(CourseContentRepository repository, LessonRenderer renderer, JsonMapper json) {
		this.repository = repository;
		this.renderer = renderer;
		this.json = json;
	}

	/** @return the new version number */
	@Transactional
	public int write(LoadedCourse course, VersionOrigin origin, Instant now) {
		long courseId = repository.ensureCourse(course.id(), now);
		int number = repository.nextVersionNumber(courseId);
		long versionId = repository.insertVersion(courseId, number, course, origin, now);
		course.images().forEach((path, bytes) -> repository.insertAsset(versionId, path, contentType(path), bytes));
		int modulePosition = 0;
		for (CourseModule module : course.modules()) {
			long moduleId = repository.insertModule(versionId, ++modulePosition, module.id(), module.title());
			int lessonPosition = 0;
			for (LessonSource lesson : module.lessons()) {
				String html = renderer.render(lesson.markdown(), written -> assetUrl(course, versionId, lesson, written))
					.html();
				repository.insertLesson(moduleId, ++lessonPosition, lesson, html);
			}
			module.quiz().ifPresent(quiz -> writeQuiz(versionId, moduleId, quiz));
		}
		course.finalQuiz().ifPresent(quiz -> writeQuiz(versionId, null, quiz));
		for (int i = 0; i < course.skills().size(); i++) {
			repository.insertSkill(versionId, i + 1, course.skills().get(i));
		}
		repository.publish(courseId, versionId);
		return number;
	}

	private void writeQuiz(long versionId, Long moduleId, QuizDefinition quiz) {
		long quizId = repository.insertQuiz(versionId, moduleId, quiz);
		int position = 0;
		for (GiftQuestion question : quiz.questions()) {
			String type = question.getClass().getSimpleName();
			repository.insertQuestion(quizId, ++position, question.title(), question.category(), type, question.line(),
					json.writeValueAsString(Map.of("type", type, "question", question)));
		}
	}

	static Optional<String> assetUrl(LoadedCourse course, long versionId, LessonSource lesson, String written) {
		String path = lesson.imagePath(written);
		return course.images().containsKey(path) ? Optional.of(CourseAssets.url(versionId, path)) : Optional.empty();
	}

	static String contentType(String path) {
		String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
	}

}

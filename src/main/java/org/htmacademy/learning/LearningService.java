package org.htmacademy.learning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.Track;
import org.htmacademy.learning.CourseOverview.CertificationArea;
import org.htmacademy.learning.CourseOverview.LessonLink;
import org.htmacademy.learning.CourseOverview.ModuleOutline;
import org.htmacademy.learning.CourseOverview.Prerequisite;
import org.htmacademy.learning.CourseOverview.Progress;
import org.htmacademy.learning.repository.EnrolmentRow;
import org.htmacademy.learning.repository.LearningRepository;
import org.htmacademy.learning.repository.LessonRow;
import org.htmacademy.learning.repository.ModuleQuizRow;
import org.htmacademy.learning.repository.QuizTally;
import org.htmacademy.learning.repository.VersionRow;
import org.htmacademy.security.CurrentUser;
import org.htmacademy.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's own learning: the catalog, course pages, enrolment, reading and progress.
 * Every method acts for the current user only, so one learner never reaches another's progress. The catalog and
 * course pages are also open to visitors, who see no one's progress.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class LearningService {

	/** Stands for a visitor: no account has id 0 (ids start at 1), so no enrolment matches it. */
	private static final long NO_ONE = 0L;

	private final LearningRepository repository;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	LearningService(LearningRepository repository, CurrentUser currentUser, Clock clock,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** Open to visitors, who have no enrolments: every entry then says "not enrolled". */
	@PreAuthorize("permitAll()")
	@Transactional(readOnly = true)
	public List<CatalogEntry> catalog(CatalogFilter filter) {
		return repository.catalog(currentUser.find().map(SignedInUser::userId).orElse(NO_ONE), filter);
	}

	/**
	 * Open to visitors: the live version's description and outline only (titles, objectives, credit, quiz sizes),
	 * never lesson text, questions or answer keys, which need an enrolment; drafts are not versions and never shown.
	 */
	@PreAuthorize("permitAll()")
	@Transactional(readOnly = true)
	public Optional<CourseOverview> course(String courseId) {
		Optional<EnrolmentRow> enrolment = currentUser.find()
			.flatMap(user -> repository.findEnrolment(user.userId(), courseId));
		Optional<Long> versionId = enrolment.map(EnrolmentRow::versionId).or(() -> repository.findLiveVersionId(courseId));
		return versionId.flatMap(repository::findVersion).map(version -> overview(version, enrolment));
	}

	public CourseOverview enrol(String courseId) {
		repository.enrol(me(), courseId, clock.instant());
		return course(courseId).orElseThrow(() -> new IllegalArgumentException("No course " + courseId));
	}

	/** Opens a lesson of the learner's version and remembers it as where to resume. */
	public LessonPage openLesson(String courseId, String lessonId) {
		EnrolmentRow enrolment = repository.findEnrolment(me(), courseId)
			.orElseThrow(() -> new NotEnrolledException(courseId));
		List<LessonRow> lessons = repository.lessons(enrolment.versionId());
		int index = indexOf(lessons, lessonId);
		LessonRow lesson = lessons.get(index);
		repository.recordVisit(enrolment.id(), lesson.id(), clock.instant());
		VersionRow version = repository.findVersion(enrolment.versionId()).orElseThrow();
		return new LessonPage(courseId, version.title(), lesson.moduleTitle(), lesson.slug(), lesson.title(),
				repository.lessonHtml(lesson.id()).orElseThrow(), lesson.wordCount(), index + 1, lessons.size(),
				index > 0 ? Optional.of(lessons.get(index - 1).slug()) : Optional.empty(),
				index + 1 < lessons.size() ? Optional.of(lessons.get(index + 1).slug()) : Optional.empty(),
				repository.completedLessons(enrolment.id()).contains(lesson.id()));
	}

	public void markLessonComplete(String courseId, String lessonId) {
		EnrolmentRow enrolment = repository.findEnrolment(me(), courseId)
			.orElseThrow(() -> new NotEnrolledException(courseId));
		List<LessonRow> lessons = repository.lessons(enrolment.versionId());
		LessonRow lesson = lessons.get(indexOf(lessons, lessonId));
		repository.markComplete(enrolment.id(), lesson.id(), clock.instant());
		events.publishEvent(new LessonCompleted(me(), enrolment.id(), courseId));
	}

	@Transactional(readOnly = true)
	public List<MyCourse> myCourses() {
		List<MyCourse> courses = new ArrayList<>();
		for (EnrolmentRow enrolment : repository.findEnrolments(me())) {
			VersionRow version = repository.findVersion(enrolment.versionId()).orElseThrow();
			List<LessonRow> lessons = repository.lessons(enrolment.versionId());
			Set<Long> done = repository.completedLessons(enrolment.id());
			Optional<MyCourse.NextLesson> next = nextLesson(lessons, done, enrolment.lastLessonId())
				.map(l -> new MyCourse.NextLesson(l.slug(), l.title()));
			QuizTally quizzes = repository.quizTally(enrolment.versionId(), enrolment.id());
			courses.add(new MyCourse(version.courseSlug(), version.title(), Track.valueOf(version.track()),
					version.ceHours(), completed(lessons, done), lessons.size(), quizzes.passed(), quizzes.total(), next,
					enrolment.lastActivityAt()));
		}
		return courses;
	}

	private CourseOverview overview(VersionRow version, Optional<EnrolmentRow> enrolment) {
		List<LessonRow> lessons = repository.lessons(version.versionId());
		Set<Long> done = enrolment.map(e -> repository.completedLessons(e.id())).orElse(Set.of());
		Map<Long, ModuleQuizRow> quizzes = repository.moduleQuizzes(version.versionId());
		List<ModuleOutline> modules = new ArrayList<>();
		List<LessonLink> current = new ArrayList<>();
		for (int i = 0; i < lessons.size(); i++) {
			LessonRow lesson = lessons.get(i);
			current.add(new LessonLink(lesson.slug(), lesson.title(), lesson.wordCount(), done.contains(lesson.id())));
			boolean lastOfModule = i + 1 == lessons.size() || lessons.get(i + 1).moduleId() != lesson.moduleId();
			if (lastOfModule) {
				Optional<ModuleQuizRow> quiz = Optional.ofNullable(quizzes.get(lesson.moduleId()));
				modules.add(new ModuleOutline(lesson.moduleTitle(), List.copyOf(current),
						quiz.map(ModuleQuizRow::quizId), quiz.map(ModuleQuizRow::questions).orElse(0)));
				current.clear();
			}
		}
		Map<String, String> prerequisiteTitles = repository.liveTitles(version.prerequisites());
		Optional<Progress> progress = enrolment.map(e -> {
			QuizTally tally = repository.quizTally(version.versionId(), e.id());
			return new Progress(completed(lessons, done), lessons.size(),
					nextLesson(lessons, done, e.lastLessonId()).map(LessonRow::slug), tally.passed(), tally.total());
		});
		return new CourseOverview(version.courseSlug(), version.versionNumber(), version.versionLabel(), version.title(),
				Track.valueOf(version.track()), Level.valueOf(version.level()), version.summary(), version.objectives(),
				// Older versions completed by reading alone issue no certificate (DD023), so none is promised.
				version.ceHours(), version.awardsCertificate() && version.requiresFinalQuiz(),
				version.certificationAreas().stream().map(LearningService::certificationArea).toList(),
				version.prerequisites()
					.stream()
					.map(id -> new Prerequisite(id, prerequisiteTitles.getOrDefault(id, id)))
					.toList(),
				version.authors().stream().map(LearningService::author).toList(), version.references(),
				version.requiresLessons(), version.requiresFinalQuiz(), modules, progress,
				enrolment.isPresent() && !version.live());
	}

	/** Where to resume: from the lesson opened last (itself, if still unread) onwards, else the first unread. */
	private static Optional<LessonRow> nextLesson(List<LessonRow> lessons, Set<Long> done, Long lastLessonId) {
		int from = Math.max(0, lessons.stream().map(LessonRow::id).toList().indexOf(lastLessonId));
		return Stream.concat(lessons.subList(from, lessons.size()).stream(), lessons.stream())
			.filter(l -> !done.contains(l.id()))
			.findFirst();
	}

	private static int completed(List<LessonRow> lessons, Set<Long> done) {
		return (int) lessons.stream().filter(l -> done.contains(l.id())).count();
	}

	private static int indexOf(List<LessonRow> lessons, String lessonId) {
		for (int i = 0; i < lessons.size(); i++) {
			if (lessons.get(i).slug().equals(lessonId)) {
				return i;
			}
		}
		throw new IllegalArgumentException("No lesson " + lessonId);
	}

	@SuppressWarnings("unchecked")
	private static CertificationArea certificationArea(Map<String, Object> area) {
		return new CertificationArea(String.valueOf(area.get("certification")), (List<String>) area.get("domains"));
	}

	private static String author(Map<String, Object> author) {
		Object credentials = author.get("credentials");
		return credentials == null || credentials.toString().isBlank() ? String.valueOf(author.get("name"))
				: author.get("name") + ", " + credentials;
	}

	private long me() {
		return currentUser.require().userId();
	}

}

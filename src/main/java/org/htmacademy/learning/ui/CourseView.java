package org.htmacademy.learning.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.htmacademy.common.LearnerCertificates;
import org.htmacademy.common.LearnerCertificates.EarnedCertificate;
import org.htmacademy.common.ui.CertificateNotice;
import org.htmacademy.learning.CourseOverview;
import org.htmacademy.learning.CourseOverview.Progress;
import org.htmacademy.learning.LearningService;
import org.htmacademy.quiz.QuizService;
import org.htmacademy.quiz.QuizStatus;
import org.htmacademy.seattime.SeatTime;
import org.htmacademy.seattime.SeatTimeService;

/** A course's page: what it teaches, its outline and CE credit, and the learner's progress. */
@Route("courses/:courseId")
// public: visitors browse courses before they have an account
@AnonymousAllowed
class CourseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	final Button enrol = new Button("Enrol in this course");

	private final LearningService learning;

	private final QuizService quizService;

	private final LearnerCertificates certificates;

	private final SeatTimeService seatTime;

	private CourseOverview course;

	private Map<Long, QuizStatus> quizzes = Map.of();

	private final AuthenticationContext authentication;

	CourseView(LearningService learning, QuizService quizService, LearnerCertificates certificates,
			SeatTimeService seatTime, AuthenticationContext authentication) {
		this.learning = learning;
		this.seatTime = seatTime;
		this.authentication = authentication;
		this.quizService = quizService;
		this.certificates = certificates;
		addClassName("page");
		enrol.setId("enrol");
		enrol.addThemeVariants(ButtonVariant.PRIMARY);
		enrol.addClickListener(e -> {
			course = learning.enrol(course.courseId());
			show();
		});
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String courseId = event.getRouteParameters().get("courseId").orElse("");
		course = learning.course(courseId).orElseThrow(NotFoundException::new);
		show();
	}

	@Override
	public String getPageTitle() {
		return course == null ? "Course — HTM Academy" : course.title() + " — HTM Academy";
	}

	private void show() {
		removeAll();
		quizzes = course.progress().isEmpty() ? Map.of()
				: quizService.quizzesOf(course.courseId())
					.stream()
					.collect(Collectors.toMap(QuizStatus::quizId, quiz -> quiz, (a, b) -> a, LinkedHashMap::new));
		Anchor catalog = new Anchor("catalog", "Course catalog");
		Div crumbs = new Div(catalog);
		crumbs.addClassName("breadcrumbs");
		Div badges = new Div(Labels.trackBadge(course.track()), Labels.badge(course.level().label(), "level"),
				Labels.badge(Labels.hours(course.ceHours()), "hours"));
		badges.addClassName("badges");
		Div side = new Div(credit(), areas(), prerequisites(), new Section(new H2("Authors"), list(course.authors())));
		side.addClassName("course-side");
		Div mainColumn = new Div(new Section(new H2("What you will learn"), list(course.objectives())), outline());
		mainColumn.addClassName("course-main");
		Div columns = new Div(mainColumn, side);
		columns.addClassName("course-columns");
		Details references = new Details("References", list(course.references()));
		references.addClassName("references");
		add(crumbs, new H1(course.title()), badges, new Paragraph(course.summary()));
		if (course.progress().isPresent()) {
			certificates.earnedFor(course.courseId()).ifPresent(certificate -> add(certificateEarned(certificate)));
		}
		add(progressOrEnrol(), columns, references);
	}

	private Component certificateEarned(EarnedCertificate certificate) {
		CertificateNotice notice = new CertificateNotice(certificates, certificate,
				"Certificate earned — you completed this course. Certificate " + certificate.number() + ".");
		notice.setId("certificate-earned");
		return notice;
	}

	private Component progressOrEnrol() {
		if (course.progress().isEmpty() && !authentication.isAuthenticated()) {
			return visitorEnrol();
		}
		if (course.progress().isEmpty()) {
			Div box = new Div(enrol, new Paragraph(course.lessonCount() + " lessons. Your progress is saved as you go."));
			box.addClassNames("card", "progress-box");
			return box;
		}
		Progress progress = course.progress().get();
		ProgressBar bar = new ProgressBar(0, 1, progress.fraction());
		bar.getElement().setAttribute("aria-label", "Lessons read");
		Paragraph text = new Paragraph(progress.lessonsCompleted() + " of " + progress.lessonsTotal() + " lessons read");
		text.setId("course-progress");
		Div box = new Div(text, bar);
		if (progress.quizzesTotal() > 0) {
			Paragraph quizText = new Paragraph(
					progress.quizzesPassed() + " of " + progress.quizzesTotal() + " quizzes passed");
			quizText.setId("course-quiz-progress");
			box.add(quizText);
		}
		progress.resumeLessonId().ifPresentOrElse(lesson -> {
			Anchor resume = new Anchor("courses/" + course.courseId() + "/lessons/" + lesson,
					progress.lessonsCompleted() == 0 ? "Start the first lesson" : "Continue where you left off");
			resume.setId("continue");
			resume.addClassName("button-link");
			box.add(resume);
		}, () -> box.add(new Paragraph("All lessons read.")));
		seatTime.seatTime(course.courseId())
			.filter(time -> time.minimumMinutes() > 0 && (time.finalExam() || course.awardsCertificate()))
			.map(CourseView::seatTimeLine)
			.ifPresent(box::add);
		if (course.newerVersion()) {
			box.add(new Paragraph("You are on version " + course.versionNumber()
					+ " of this course, the one you started; a newer version has been published since."));
		}
		box.addClassNames("card", "progress-box");
		return box;
	}

	/** What is left of the course's minimum seat time, or that it is met. */
	private static Paragraph seatTimeLine(SeatTime time) {
		Paragraph line = new Paragraph(time.met()
				? "Active study time: " + SeatTime.minutes(time.activeMinutes()) + " (the course asks for "
						+ time.minimumMinutes() + ")."
				: time.whatIsLeft() + " (the course asks for " + SeatTime.minutes(time.minimumMinutes())
						+ " of active study; you have " + time.activeMinutes() + ").");
		line.setId("seat-time");
		line.addClassName(time.met() ? "seat-time-met" : "seat-time-left");
		return line;
	}

	/**
	 * A visitor's "Enrol" opens the first lesson, which asks them to sign in (or register) and then brings them back
	 * here, where the enrol button waits: the sign-in keeps the address they asked for.
	 */
	private Component visitorEnrol() {
		String target = course.modules()
			.stream()
			.flatMap(module -> module.lessons().stream())
			.findFirst()
			.map(lesson -> "courses/" + course.courseId() + "/lessons/" + lesson.lessonId())
			.orElse("courses/" + course.courseId());
		Anchor signIn = new Anchor(target, "Enrol in this course");
		signIn.setId("enrol-sign-in");
		signIn.addClassName("button-link");
		Paragraph how = new Paragraph("Free. Sign in to enrol, or ");
		how.add(new Anchor("register", "create an account"), new com.vaadin.flow.component.Text(
				" first. " + course.lessonCount() + " lessons; your progress is saved as you go."));
		Div box = new Div(signIn, how);
		box.addClassNames("card", "progress-box");
		return box;
	}

	private Section outline() {
		Section outline = new Section(new H2("Course outline"));
		int number = 0;
		for (CourseOverview.ModuleOutline module : course.modules()) {
			UnorderedList lessons = new UnorderedList();
			lessons.addClassName("lesson-list");
			for (CourseOverview.LessonLink lesson : module.lessons()) {
				Component title = course.progress().isPresent()
						? new Anchor("courses/" + course.courseId() + "/lessons/" + lesson.lessonId(), lesson.title())
						: new com.vaadin.flow.component.html.Span(lesson.title());
				ListItem item = new ListItem(title);
				if (lesson.completed()) {
					item.addClassName("completed");
					item.getElement().setAttribute("aria-label", lesson.title() + ", read");
				}
				lessons.add(item);
			}
			Div card = new Div(new com.vaadin.flow.component.html.H3("Module " + ++number + ": " + module.title()),
					lessons);
			module.quizId().map(quizzes::get).ifPresentOrElse(quiz -> card.add(new QuizLine(quiz)), () -> {
				if (module.quizQuestions() > 0) {
					card.add(new Paragraph("Module quiz: " + module.quizQuestions() + " questions"));
				}
			});
			card.addClassNames("card", "module-card");
			outline.add(card);
		}
		quizzes.values().stream().filter(QuizStatus::finalExam).findFirst().ifPresent(exam -> {
			Div card = new Div(new QuizLine(exam));
			card.addClassNames("card", "module-card", "final-exam-card");
			outline.add(card);
		});
		return outline;
	}

	private Section credit() {
		BigDecimal ceus = course.ceHours().divide(BigDecimal.TEN, 3, RoundingMode.HALF_UP).stripTrailingZeros();
		Section credit = new Section(new H2("CE credit"),
				new Paragraph(Labels.hours(course.ceHours()) + " (" + ceus.toPlainString() + " CEU; 1 CEU = 10 contact hours)"),
				new Paragraph(completionRule()));
		if (course.awardsCertificate()) {
			credit.add(new Paragraph("Completing the course earns a verifiable certificate."));
		}
		credit.add(new Paragraph("Version " + course.versionNumber() + " (" + course.versionLabel() + ")"));
		return credit;
	}

	private String completionRule() {
		if (course.requiresLessons() && course.requiresFinalQuiz()) {
			return "To complete: read every lesson and pass the final exam.";
		}
		return course.requiresLessons() ? "To complete: read every lesson." : "To complete: pass the final exam.";
	}

	private Section areas() {
		UnorderedList list = new UnorderedList();
		course.certificationAreas()
			.forEach(area -> list.add(new ListItem(area.certification() + ": " + String.join("; ", area.domains()))));
		return new Section(new H2("Certification areas"), list);
	}

	private Section prerequisites() {
		if (course.prerequisites().isEmpty()) {
			return new Section(new H2("Prerequisites"), new Paragraph("None."));
		}
		UnorderedList list = new UnorderedList();
		course.prerequisites()
			.forEach(p -> list.add(new ListItem(new Anchor("courses/" + p.courseId(), p.title()))));
		return new Section(new H2("Prerequisites"), list);
	}

	private static UnorderedList list(java.util.List<String> items) {
		UnorderedList list = new UnorderedList();
		items.forEach(item -> list.add(new ListItem(item)));
		return list;
	}

}

package org.htmacademy.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.jooq.Tables.COURSE;
import static org.htmacademy.jooq.Tables.QUIZ;

/**
 * Who may open which route. Every route the application registers must appear in {@link #MATRIX}: a new
 * view without a row here fails {@link #every_route_is_in_the_matrix()}.
 */
@HtmSpringTest
@Import(SignIn.class)
@ViewPackages(packages = "org.htmacademy")
class RouteAccessMatrixTest extends SpringBrowserlessTest {

	enum Visitor {

		ANONYMOUS(null), LEARNER("learner@example.com"), INSTRUCTOR("instructor@example.com"),
		ADMIN("admin@example.com");

		final String email;

		Visitor(String email) {
			this.email = email;
		}

	}

	/** The branded not-found page, where a view's own NotFoundException leads. */
	static final String DRAFT_NOT_FOUND = "NotFoundView";

	/** Route → what each visitor ends up on: the route's own view ("open"), or the page they are sent to. */
	static final Map<String, Map<Visitor, String>> MATRIX = new LinkedHashMap<>();

	static {
		row("", "LandingView", "DashboardView", "DashboardView", "DashboardView");
		row("login", "LoginView", "LoginView", "LoginView", "LoginView");
		row("register", "RegisterView", "RegisterView", "RegisterView", "RegisterView");
		row("dashboard", "LoginView", "DashboardView", "DashboardView", "DashboardView");
		row("profile", "LoginView", "ProfileView", "ProfileView", "ProfileView");
		row("admin/users", "LoginView", "refused", "refused", "UserAdministrationView");
		// public: visitors browse the catalog and read a course's description before they have an account
		row("catalog", "CatalogView", "CatalogView", "CatalogView", "CatalogView");
		row("courses/:courseId", "CourseView", "CourseView", "CourseView", "CourseView");
		// the demo accounts are not enrolled: a lesson link sends them to the course page to enrol
		row("courses/:courseId/lessons/:lessonId", "LoginView", "CourseView", "CourseView", "CourseView");
		row("admin/courses", "LoginView", "refused", "refused", "CourseImportView");
		// any signed-in person may open the quiz pages; the quiz service answers only for their own enrolments
		// and attempts (a quiz they are not enrolled for, or an attempt not theirs, shows a message)
		row("quizzes/:quizId", "LoginView", "QuizView", "QuizView", "QuizView");
		row("attempts/:code", "LoginView", "AttemptView", "AttemptView", "AttemptView");
		row("attempts/:code/result", "LoginView", "ResultView", "ResultView", "ResultView");
		row("admin/instructors", "LoginView", "refused", "refused", "CourseInstructorsView");
		row("teaching", "LoginView", "refused", "TeachingView", "TeachingView");
		// the demo instructor teaches every course of the tree; one they do not teach is in the gradebook view tests
		row("teaching/courses/:courseId/gradebook", "LoginView", "refused", "GradebookView", "GradebookView");
		row("teaching/quizzes/:quizId/analysis", "LoginView", "refused", "ItemAnalysisView", "ItemAnalysisView");
		// everyone signed in keeps a transcript; the transcript service answers only with their own record
		row("transcript", "LoginView", "TranscriptView", "TranscriptView", "TranscriptView");
		row("cohorts", "LoginView", "refused", "CohortsView", "CohortsView");
		// a cohort that is not theirs (here: none) is answered inside the view, the same for every id
		row("cohorts/:cohortId", "LoginView", "refused", "CohortView", "CohortView");
		row("join/:code?", "LoginView", "JoinView", "JoinView", "JoinView");
		row("my-classes", "LoginView", "MyClassesView", "MyClassesView", "MyClassesView");
		row("skills", "LoginView", "refused", "SkillCoursesView", "SkillCoursesView");
		row("skills/:courseId", "LoginView", "refused", "SkillSignoffView", "SkillSignoffView");
		// the QR code's short link: public, like the /verify page that is its alias
		row("v/:code?", "VerificationView", "VerificationView", "VerificationView", "VerificationView");
		row("certificates", "LoginView", "MyCertificatesView", "MyCertificatesView", "MyCertificatesView");
		row("teaching/certificates", "LoginView", "refused", "ManagedCoursesView", "ManagedCoursesView");
		// an instructor who does not teach the course gets the page, which says so; the service refuses the data
		row("teaching/courses/:courseId/certificates", "LoginView", "refused", "CourseCertificatesView",
				"CourseCertificatesView");
		row("authoring", "LoginView", "refused", "AuthoringView", "AuthoringView");
		// the view opens for instructors and administrators, but a draft is private to its authors: no demo
		// account wrote draft 1, so the view answers "not found" (AuthoringViewsTest opens drafts as their author)
		row("authoring/drafts/:draftId", "LoginView", "refused", DRAFT_NOT_FOUND, DRAFT_NOT_FOUND);
		row("authoring/drafts/:draftId/lessons/:lessonId", "LoginView", "refused", DRAFT_NOT_FOUND, DRAFT_NOT_FOUND);
		row("authoring/drafts/:draftId/quizzes/:quizId", "LoginView", "refused", DRAFT_NOT_FOUND, DRAFT_NOT_FOUND);
	}

	/** Stands for the id of the sample course's final exam, which the database gives at import. */
	static final String FINAL_EXAM = "{final-exam}";

	/** Route templates with parameters are opened with a real course from courses/. */
	static final Map<String, String> SAMPLE_PATHS = Map.ofEntries(
			Map.entry("courses/:courseId", "courses/med-device-networking-fundamentals"),
			Map.entry("courses/:courseId/lessons/:lessonId",
					"courses/med-device-networking-fundamentals/lessons/01-devices-on-the-hospital-network"),
			Map.entry("quizzes/:quizId", "quizzes/1"),
			Map.entry("attempts/:code", "attempts/0123456789abcdefghjkmnpqrs"),
			Map.entry("attempts/:code/result", "attempts/0123456789abcdefghjkmnpqrs/result"),
			Map.entry("teaching/courses/:courseId/gradebook",
					"teaching/courses/med-device-networking-fundamentals/gradebook"),
			Map.entry("teaching/quizzes/:quizId/analysis", "teaching/quizzes/" + FINAL_EXAM + "/analysis"),
			Map.entry("cohorts/:cohortId", "cohorts/999999999"),
			Map.entry("join/:code?", "join/ZZZZZ-ZZZZZ"),
			Map.entry("skills/:courseId", "skills/dental-water-quality-sterility-assurance"),
			Map.entry("v/:code?", "v/0F3K-9QZW-2M7D-XH4N-B8CR-T6VJ-5PEA"),
			Map.entry("teaching/courses/:courseId/certificates",
					"teaching/courses/med-device-networking-fundamentals/certificates"),
			Map.entry("authoring/drafts/:draftId", "authoring/drafts/1"),
			Map.entry("authoring/drafts/:draftId/lessons/:lessonId", "authoring/drafts/1/lessons/introduction"),
			Map.entry("authoring/drafts/:draftId/quizzes/:quizId", "authoring/drafts/1/quizzes/final-exam"));

	private static void row(String route, String anonymous, String learner, String instructor, String admin) {
		MATRIX.put(route, Map.of(Visitor.ANONYMOUS, anonymous, Visitor.LEARNER, learner, Visitor.INSTRUCTOR,
				instructor, Visitor.ADMIN, admin));
	}

	@Autowired
	SignIn signIn;

	@Autowired
	DSLContext dsl;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	static Stream<Arguments> cells() {
		return MATRIX.entrySet()
			.stream()
			.flatMap(row -> row.getValue()
				.entrySet()
				.stream()
				.map(cell -> Arguments.of(row.getKey(), cell.getKey(), cell.getValue())));
	}

	@ParameterizedTest(name = "{1} opening /{0} gets {2}")
	@MethodSource("cells")
	void each_visitor_reaches_only_what_their_role_allows(String route, Visitor visitor, String expected) {
		if (visitor.email != null) {
			signIn.as(visitor.email);
		}
		UI.getCurrent().navigate(SAMPLE_PATHS.getOrDefault(route, route).replace(FINAL_EXAM, finalExamId()));

		String landedOn = getCurrentView().getClass().getSimpleName();
		if (expected.equals("refused")) {
			// Vaadin's access control answers a forbidden route with the branded no-access page (DD025); an
			// error page from a service refusing later would mean the view itself was left open
			assertThat(landedOn).as("%s must be refused /%s by the view's access rule", visitor, route)
				.isNotEqualTo(viewOf(route))
				.isEqualTo("AccessDeniedView");
		}
		else {
			assertThat(landedOn).isEqualTo(expected);
		}
	}

	@Test
	void every_route_is_in_the_matrix() {
		List<String> registered = RouteConfiguration.forApplicationScope()
			.getAvailableRoutes()
			.stream()
			.map(RouteData::getTemplate)
			.toList();

		assertThat(registered).containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
	}

	private String finalExamId() {
		Long id = dsl.select(QUIZ.ID)
			.from(QUIZ)
			.join(COURSE)
			.on(COURSE.CURRENT_VERSION_ID.eq(QUIZ.COURSE_VERSION_ID))
			.where(COURSE.SLUG.eq("med-device-networking-fundamentals").and(QUIZ.MODULE_ID.isNull()))
			.fetchSingle(r -> r.value1());
		return id.toString();
	}

	private static String viewOf(String route) {
		return RouteConfiguration.forApplicationScope()
			.getRoute(route)
			.map(Class::getSimpleName)
			.orElseThrow();
	}

}

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

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

	/** The not-found page of browserless tests, where a view's own NotFoundException leads. */
	static final String DRAFT_NOT_FOUND = "MockRouteNotFoundError";

	/** Route → what each visitor ends up on: the route's own view ("open"), or the page they are sent to. */
	static final Map<String, Map<Visitor, String>> MATRIX = new LinkedHashMap<>();

	static {
		row("", "LandingView", "DashboardView", "DashboardView", "DashboardView");
		row("login", "LoginView", "LoginView", "LoginView", "LoginView");
		row("register", "RegisterView", "RegisterView", "RegisterView", "RegisterView");
		row("dashboard", "LoginView", "DashboardView", "DashboardView", "DashboardView");
		row("profile", "LoginView", "ProfileView", "ProfileView", "ProfileView");
		row("admin/users", "LoginView", "refused", "refused", "UserAdministrationView");
		row("catalog", "LoginView", "CatalogView", "CatalogView", "CatalogView");
		row("courses/:courseId", "LoginView", "CourseView", "CourseView", "CourseView");
		// the demo accounts are not enrolled: a lesson link sends them to the course page to enrol
		row("courses/:courseId/lessons/:lessonId", "LoginView", "CourseView", "CourseView", "CourseView");
		row("admin/courses", "LoginView", "refused", "refused", "CourseImportView");
		row("authoring", "LoginView", "refused", "AuthoringView", "AuthoringView");
		// the view opens for instructors and administrators, but a draft is private to its authors: no demo
		// account wrote draft 1, so the view answers "not found" (AuthoringViewsTest opens drafts as their author)
		row("authoring/drafts/:draftId", "LoginView", "refused", DRAFT_NOT_FOUND, DRAFT_NOT_FOUND);
		row("authoring/drafts/:draftId/lessons/:lessonId", "LoginView", "refused", DRAFT_NOT_FOUND, DRAFT_NOT_FOUND);
		row("authoring/drafts/:draftId/quizzes/:quizId", "LoginView", "refused", DRAFT_NOT_FOUND, DRAFT_NOT_FOUND);
	}

	/** Route templates with parameters are opened with a real course from courses/. */
	static final Map<String, String> SAMPLE_PATHS = Map.of("courses/:courseId",
			"courses/med-device-networking-fundamentals", "courses/:courseId/lessons/:lessonId",
			"courses/med-device-networking-fundamentals/lessons/01-devices-on-the-hospital-network",
			"authoring/drafts/:draftId", "authoring/drafts/1", "authoring/drafts/:draftId/lessons/:lessonId",
			"authoring/drafts/1/lessons/introduction", "authoring/drafts/:draftId/quizzes/:quizId",
			"authoring/drafts/1/quizzes/final-exam");

	private static void row(String route, String anonymous, String learner, String instructor, String admin) {
		MATRIX.put(route, Map.of(Visitor.ANONYMOUS, anonymous, Visitor.LEARNER, learner, Visitor.INSTRUCTOR,
				instructor, Visitor.ADMIN, admin));
	}

	@Autowired
	SignIn signIn;

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
		UI.getCurrent().navigate(SAMPLE_PATHS.getOrDefault(route, route));

		String landedOn = getCurrentView().getClass().getSimpleName();
		if (expected.equals("refused")) {
			// Vaadin's access control answers a forbidden route as "not found", hiding that it exists; an
			// error page from a service refusing later would mean the view itself was left open
			assertThat(landedOn).as("%s must be refused /%s by the view's access rule", visitor, route)
				.isNotEqualTo(viewOf(route))
				.endsWith("RouteNotFoundError");
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

	private static String viewOf(String route) {
		return RouteConfiguration.forApplicationScope()
			.getRoute(route)
			.map(Class::getSimpleName)
			.orElseThrow();
	}

}

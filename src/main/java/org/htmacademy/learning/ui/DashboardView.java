package org.htmacademy.learning.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.htmacademy.account.AccountService;
import org.htmacademy.common.LearnerCertificates;
import org.htmacademy.common.LearnerCertificates.EarnedCertificate;
import org.htmacademy.common.ui.CertificateNotice;
import org.htmacademy.learning.LearningService;
import org.htmacademy.learning.MyCourse;

/** Where a signed-in person lands: their courses, how far they are, and what to do next. */
@Route("dashboard")
@PageTitle("Dashboard — HTM Academy")
@Menu(title = "Dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends Main {

	private final Map<String, EarnedCertificate> certificates;

	private final LearnerCertificates learnerCertificates;

	DashboardView(AccountService accounts, LearningService learning, LearnerCertificates learnerCertificates) {
		this.learnerCertificates = learnerCertificates;
		this.certificates = learnerCertificates.earned();
		addClassName("page");
		H1 greeting = new H1("Welcome, " + accounts.myAccount().fullName());
		greeting.setId("dashboard-greeting");
		add(greeting, new H2("My courses"));
		List<MyCourse> courses = learning.myCourses();
		if (courses.isEmpty()) {
			Div empty = new Div(new Paragraph("You are not enrolled in a course yet."),
					new Anchor("catalog", "Browse the course catalog"));
			empty.addClassName("card");
			add(empty);
			return;
		}
		Div grid = new Div();
		grid.addClassName("card-grid");
		courses.forEach(course -> grid.add(card(course)));
		add(grid, new Paragraph(new Anchor("catalog", "Find more courses in the catalog")));
	}

	private Div card(MyCourse course) {
		ProgressBar bar = new ProgressBar(0, 1, course.fraction());
		bar.getElement().setAttribute("aria-label", course.title() + ": lessons read");
		Paragraph progress = new Paragraph(course.lessonsCompleted() + " of " + course.lessonsTotal() + " lessons read");
		progress.addClassName("my-course-progress");
		Div card = new Div(new H3(new Anchor("courses/" + course.courseId(), course.title())),
				Labels.trackBadge(course.track()), progress, bar);
		if (course.quizzesTotal() > 0) {
			Paragraph quizzes = new Paragraph(course.quizzesPassed() + " of " + course.quizzesTotal() + " quizzes passed");
			quizzes.addClassName("my-course-quizzes");
			card.add(quizzes);
		}
		course.next().ifPresentOrElse(next -> {
			Anchor resume = new Anchor("courses/" + course.courseId() + "/lessons/" + next.lessonId(),
					"Next: " + next.title());
			resume.addClassName("next-step");
			card.add(resume);
		}, () -> card.add(new Paragraph("All lessons read.")));
		EarnedCertificate certificate = certificates.get(course.courseId());
		if (certificate != null) {
			card.add(new CertificateNotice(learnerCertificates, certificate, "You earned your certificate."));
		}
		card.addClassNames("card", "my-course");
		return card;
	}

}

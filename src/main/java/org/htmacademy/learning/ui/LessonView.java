package org.htmacademy.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.htmacademy.common.LearnerCertificates;
import org.htmacademy.common.LearnerCertificates.EarnedCertificate;
import org.htmacademy.common.ui.CertificateNotice;
import org.htmacademy.learning.LearningService;
import org.htmacademy.learning.LessonPage;
import org.htmacademy.learning.NotEnrolledException;
import org.htmacademy.seattime.SeatTimeService;
import org.htmacademy.seattime.SeatTimeSettings;
import org.htmacademy.seattime.ui.ActiveTimeTracker;

/**
 * The lesson reader. The HTML was rendered from Markdown and sanitized when the course was imported,
 * so nothing an author wrote can run in the learner's browser.
 */
@Route("courses/:courseId/lessons/:lessonId")
@PermitAll
class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	final Button markComplete = new Button("Mark as read");

	final Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create());

	final Button next = new Button("Next lesson", VaadinIcon.ARROW_RIGHT.create());

	private final LearningService learning;

	private final LearnerCertificates certificates;

	private LessonPage lesson;

	/** Records the learner's active time on the lesson shown. */
	final ActiveTimeTracker activeTime;

	private final SeatTimeService seatTime;

	/** The certificate notification, while open; tests read it. */
	Notification announced;

	LessonView(LearningService learning, LearnerCertificates certificates, SeatTimeService seatTime,
			SeatTimeSettings seatTimeSettings) {
		this.learning = learning;
		this.certificates = certificates;
		this.seatTime = seatTime;
		this.activeTime = new ActiveTimeTracker(seatTime, seatTimeSettings);
		addClassName("lesson-page");
		markComplete.setId("mark-complete");
		previous.setId("previous-lesson");
		next.setId("next-lesson");
		next.setIconAfterText(true);
		markComplete.addClickListener(e -> markRead());
		previous.addClickListener(e -> lesson.previousLessonId().ifPresent(this::go));
		next.addClickListener(e -> lesson.nextLessonId()
			.ifPresentOrElse(this::go, () -> getUI().ifPresent(ui -> ui.navigate("courses/" + lesson.courseId()))));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String courseId = event.getRouteParameters().get("courseId").orElse("");
		String lessonId = event.getRouteParameters().get("lessonId").orElse("");
		try {
			lesson = learning.openLesson(courseId, lessonId);
		}
		catch (NotEnrolledException ex) {
			event.forwardTo("courses/" + courseId);
			return;
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException();
		}
		activeTime.track(() -> seatTime.lessonVisit(courseId, lessonId));
		show();
	}

	@Override
	public String getPageTitle() {
		return lesson == null ? "Lesson — HTM Academy" : lesson.title() + " — HTM Academy";
	}

	private void show() {
		removeAll();
		Div crumbs = new Div(new Anchor("courses/" + lesson.courseId(), lesson.courseTitle()),
				new Span(" › " + lesson.moduleTitle()));
		crumbs.addClassName("breadcrumbs");
		Paragraph meta = new Paragraph("Lesson " + lesson.position() + " of " + lesson.lessonCount() + " · about "
				+ lesson.readingMinutes() + " min read");
		meta.addClassName("lesson-meta");
		Html body = new Html("<div class=\"lesson-body\">" + lesson.html() + "</div>");
		previous.setEnabled(lesson.previousLessonId().isPresent());
		next.setText(lesson.nextLessonId().isPresent() ? "Next lesson" : "Back to the course");
		Div actions = new Div(previous, markComplete, next);
		actions.addClassName("lesson-actions");
		add(crumbs, meta, new H1(lesson.title()), body, actions, activeTime);
		showCompleted(lesson.completed());
	}

	/** Reading the last lesson may complete the course; its certificate is issued before this returns. */
	private void markRead() {
		boolean hadCertificate = certificates.earnedFor(lesson.courseId()).isPresent();
		learning.markLessonComplete(lesson.courseId(), lesson.lessonId());
		showCompleted(true);
		if (!hadCertificate) {
			certificates.earnedFor(lesson.courseId()).ifPresent(this::announce);
		}
	}

	private void announce(EarnedCertificate certificate) {
		Notification notification = new Notification();
		notification.addThemeVariants(NotificationVariant.SUCCESS);
		notification.setPosition(Notification.Position.TOP_CENTER);
		Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
		close.addThemeVariants(ButtonVariant.TERTIARY);
		close.setAriaLabel("Close");
		CertificateNotice notice = new CertificateNotice(certificates, certificate,
				"You completed " + certificate.courseTitle() + " and earned your certificate.");
		notice.setId("certificate-earned-notification");
		Div content = new Div(notice, close);
		content.addClassName("certificate-notification");
		notification.add(content);
		notification.open();
		announced = notification;
	}

	private void showCompleted(boolean completed) {
		markComplete.setEnabled(!completed);
		markComplete.setText(completed ? "Read ✓" : "Mark as read");
		markComplete.removeThemeVariants(ButtonVariant.PRIMARY);
		next.removeThemeVariants(ButtonVariant.PRIMARY);
		(completed ? next : markComplete).addThemeVariants(ButtonVariant.PRIMARY);
	}

	private void go(String lessonId) {
		getUI().ifPresent(ui -> ui.navigate("courses/" + lesson.courseId() + "/lessons/" + lessonId));
	}

}

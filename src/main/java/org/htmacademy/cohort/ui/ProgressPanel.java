package org.htmacademy.cohort.ui;

import java.io.ByteArrayInputStream;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.htmacademy.cohort.CohortProgress;
import org.htmacademy.cohort.CohortProgress.CourseProgress;
import org.htmacademy.cohort.CohortProgress.LearnerProgress;
import org.htmacademy.cohort.CohortProgress.Status;
import org.htmacademy.cohort.CohortService;

/** Learners × courses: lessons read, quizzes passed, final exam, skills, certificate; overdue work stands out. */
class ProgressPanel extends Section {

	final Grid<LearnerProgress> grid = new Grid<>();

	final Anchor csv;

	final Paragraph overdueSummary = new Paragraph();

	ProgressPanel(CohortService cohorts, long cohortId) {
		addClassNames("card", "cohort-progress");
		CohortProgress progress = cohorts.progress(cohortId);
		csv = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] bytes = cohorts.progressCsv(cohortId);
			return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(progress.cohortName()),
					"text/csv; charset=UTF-8", bytes.length);
		}), "Download CSV");
		csv.setId("progress-csv");
		grid.addColumn(LearnerProgress::name).setHeader("Learner").setFrozen(true).setAutoWidth(true);
		List<String> courseIds = new ArrayList<>();
		progress.learners().stream().flatMap(l -> l.courses().stream()).forEach(course -> {
			if (!courseIds.contains(course.courseId())) {
				courseIds.add(course.courseId());
				Span header = new Span(course.courseTitle()
						+ course.dueOn().map(d -> " (due " + JoinCodePanel.DATE.format(d) + ")").orElse(""));
				header.addClassName("wrapping-header");
				grid.addComponentColumn(learner -> cell(learner, course.courseId()))
					.setHeader(header)
					.setWidth("15rem")
					.setFlexGrow(1);
			}
		});
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		grid.setItems(progress.learners());
		grid.setAllRowsVisible(true);
		grid.setEmptyStateText("No learner has joined yet.");
		long overdue = progress.learners().stream().filter(LearnerProgress::anyOverdue).count();
		overdueSummary.setText(overdue == 0 ? "No overdue work." : overdue + " of " + progress.learners().size()
				+ " learners have overdue work (highlighted).");
		overdueSummary.setId("overdue-summary");
		Div header = new Div(new H2("Progress"), csv);
		header.addClassName("progress-header");
		add(header, overdueSummary, grid);
	}

	static Div cell(LearnerProgress learner, String courseId) {
		CourseProgress course = learner.courses().stream().filter(c -> c.courseId().equals(courseId)).findFirst().orElseThrow();
		Span status = new Span(course.status().label());
		status.addClassNames("badge", "status-" + course.status().name().toLowerCase().replace('_', '-'));
		Div cell = new Div(status);
		cell.add(new Div("Lessons " + course.lessonsRead() + "/" + course.lessonsTotal() + " · Quizzes "
				+ course.quizzesPassed() + "/" + course.quizzesTotal()));
		String exam = course.finalExamGrade()
			.map(g -> "Final exam " + g.setScale(0, RoundingMode.HALF_UP) + "%" + (course.finalExamPassed() ? " ✓" : ""))
			.orElse("Final exam —");
		String skills = course.skillsTotal() == 0 ? "" : " · Skills " + course.skillsSigned() + "/" + course.skillsTotal();
		cell.add(new Div(exam + skills));
		course.certificate().ifPresent(number -> cell.add(new Div("Certificate " + number)));
		cell.addClassName("progress-cell");
		if (course.status() == Status.OVERDUE) {
			cell.addClassName("overdue");
		}
		return cell;
	}

	static String fileName(String cohortName) {
		String slug = cohortName.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		return (slug.isEmpty() ? "cohort" : slug) + "-progress.csv";
	}

}

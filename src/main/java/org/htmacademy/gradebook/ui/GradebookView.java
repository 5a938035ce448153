package org.htmacademy.gradebook.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.htmacademy.gradebook.FinalExamStatus;
import org.htmacademy.gradebook.GradebookCourse;
import org.htmacademy.gradebook.GradebookFilter;
import org.htmacademy.gradebook.GradebookRow;
import org.htmacademy.gradebook.TeachingService;
import org.htmacademy.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every learner enrolled in a course, in any of its versions: reading, module quizzes and final exam at a glance,
 * filtered by name or email, final exam status and version, and exported as CSV exactly as filtered.
 */
@Route("teaching/courses/:courseId/gradebook")
@RolesAllowed({ Role.INSTRUCTOR_NAME, Role.ADMIN_NAME })
class GradebookView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	final TextField search = new TextField();

	final Select<FinalExamStatus> status = new Select<>();

	final Select<Integer> version = new Select<>();

	final Grid<GradebookRow> grid = new Grid<>();

	final Span shown = new Span();

	final Anchor download;

	private final TeachingService teaching;

	private GradebookCourse course;

	/** What the grid shows now; the CSV download, served outside the UI lock, reads it. */
	private volatile List<GradebookRow> rows = List.of();

	GradebookView(TeachingService teaching) {
		this.teaching = teaching;
		addClassNames("page", "gradebook-page");
		search.setId("gradebook-search");
		search.setPlaceholder("Search by name or email");
		search.setAriaLabel("Search learners by name or email");
		search.setPrefixComponent(VaadinIcon.SEARCH.create());
		search.setValueChangeMode(ValueChangeMode.LAZY);
		search.setClearButtonVisible(true);
		status.setLabel("Final exam");
		status.setItems(FinalExamStatus.values());
		status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
		status.setEmptySelectionAllowed(true);
		status.setEmptySelectionCaption("Any status");
		version.setLabel("Version");
		version.setItemLabelGenerator(v -> v == null ? "All versions" : "Version " + v);
		version.setEmptySelectionAllowed(true);
		version.setEmptySelectionCaption("All versions");
		search.addValueChangeListener(e -> refresh());
		status.addValueChangeListener(e -> refresh());
		version.addValueChangeListener(e -> refresh());

		download = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] csv = csv().getBytes(StandardCharsets.UTF_8);
			return new DownloadResponse(new ByteArrayInputStream(csv), fileName(), "text/csv; charset=utf-8",
					csv.length);
		}), "");
		download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Download CSV"));
		download.setId("gradebook-csv");
		download.addClassName("download-link");
		shown.setId("gradebook-count");
		columns();
	}

	private void columns() {
		grid.addColumn(LitRenderer.<GradebookRow>of("<div class='learner-name'>${item.name}</div>"
				+ "<div class='learner-email'>${item.email} · v${item.version}</div>")
			.withProperty("name", GradebookRow::learnerName)
			.withProperty("email", GradebookRow::email)
			.withProperty("version", GradebookRow::versionNumber))
			.setHeader("Learner")
			.setComparator(GradebookRow::learnerName)
			.setAutoWidth(true)
			.setFlexGrow(1)
			.setFrozen(true);
		var lessons = narrow(grid.addColumn(row -> Figures.of(row.lessonsRead(), row.lessons())), "Lessons", "6rem")
			.setComparator(row -> row.lessons() == 0 ? 0 : (double) row.lessonsRead() / row.lessons())
			.setTooltipGenerator(row -> "Lessons read");
		var quizzes = narrow(grid.addColumn(row -> Figures.of(row.moduleQuizzesPassed(), row.moduleQuizzes())),
				"Quizzes", "5.75rem")
			.setComparator(GradebookRow::moduleQuizzesPassed)
			.setTooltipGenerator(row -> "Module quizzes passed");
		var best = narrow(grid.addColumn(row -> Figures.percent(row.bestScore())), "Best", "5.75rem")
			.setComparator(Comparator.comparing(row -> row.bestScore().orElse(null),
					Comparator.nullsFirst(Comparator.naturalOrder())))
			.setTooltipGenerator(row -> "Best attempt");
		var grade = narrow(grid.addColumn(row -> Figures.percent(row.grade())), "Grade", "5.75rem")
			.setTooltipGenerator(row -> row.grading().map(g -> "Graded by the " + Figures.grading(g)).orElse(""))
			.setComparator(Comparator.comparing(row -> row.grade().orElse(null),
					Comparator.nullsFirst(Comparator.naturalOrder())));
		var attempts = narrow(grid.addColumn(row -> row.grading().isEmpty() ? Figures.NONE
				: Figures.attempts(row.attemptsUsed(), row.attemptsAllowed())), "Attempts", "6.25rem")
			.setComparator(GradebookRow::attemptsUsed)
			.setTooltipGenerator(row -> "Attempts used of those allowed");
		var result = narrow(grid.addColumn(row -> row.status().label()), "Result", "8rem")
			.setComparator(row -> row.status().ordinal())
			.setPartNameGenerator(row -> "exam-" + row.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		narrow(grid.addColumn(row -> Figures.day(row.lastActivity())), "Last activity", "7.75rem")
			.setComparator(GradebookRow::lastActivity)
			.setTooltipGenerator(row -> Figures.when(row.lastActivity()));
		HeaderRow groups = grid.prependHeaderRow();
		groups.join(lessons, quizzes).setText("Progress");
		groups.join(best, grade, attempts, result).setText("Final exam");
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
		grid.setEmptyStateText("No learner matches these filters.");
		grid.addClassName("gradebook-grid");
	}

	private static Grid.Column<GradebookRow> narrow(Grid.Column<GradebookRow> column, String header, String width) {
		return column.setHeader(header).setWidth(width).setFlexGrow(0);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String courseId = event.getRouteParameters().get("courseId").orElse("");
		try {
			course = teaching.course(courseId);
		}
		catch (AccessDeniedException notTheirs) {
			// a course the instructor does not teach is answered as one that does not exist
			throw new NotFoundException();
		}
		removeAll();
		version.setItems(course.versions().stream().map(GradebookCourse.VersionQuizzes::versionNumber).toList());
		// with one version there is nothing to choose; each row still names its version
		version.setVisible(course.versions().size() > 1);
		Div crumbs = new Div(new Anchor("teaching", "Teaching"));
		crumbs.addClassName("breadcrumbs");
		Div filters = new Div(search, status, version);
		filters.addClassName("filters");
		Div tools = new Div(shown, download);
		tools.addClassName("gradebook-tools");
		add(crumbs, new H1(course.title()), filters, tools, grid, new QuizLinks(course),
				new TimeOnTaskPanel(teaching.completerTimes(courseId)));
		refresh();
	}

	@Override
	public String getPageTitle() {
		return course == null ? "Gradebook — HTM Academy" : "Gradebook: " + course.title() + " — HTM Academy";
	}

	GradebookFilter filter() {
		return new GradebookFilter(search.getValue(), status.getValue(), version.getValue());
	}

	void refresh() {
		rows = teaching.learners(course.courseId(), filter());
		grid.setItems(rows);
		shown.setText(rows.size() == 1 ? "1 learner" : rows.size() + " learners");
	}

	/** Exactly the rows the grid shows now. */
	String csv() {
		return GradebookCsv.of(rows);
	}

	String fileName() {
		return "gradebook-" + course.courseId() + ".csv";
	}

	static String path(String courseId) {
		return "teaching/courses/" + courseId + "/gradebook";
	}

}

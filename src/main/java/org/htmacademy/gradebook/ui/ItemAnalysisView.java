package org.htmacademy.gradebook.ui;

import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.htmacademy.gradebook.AttemptSelection;
import org.htmacademy.gradebook.ItemAnalysis;
import org.htmacademy.gradebook.ItemAnalysisService;
import org.htmacademy.gradebook.ItemFlag;
import org.htmacademy.gradebook.QuestionAnalysis;
import org.htmacademy.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * A quiz's item analysis: how easy each question was and how well it told stronger learners from weaker ones, what
 * each answer drew, and which questions deserve a second look.
 */
@Route("teaching/quizzes/:quizId/analysis")
@RolesAllowed({ Role.INSTRUCTOR_NAME, Role.ADMIN_NAME })
class ItemAnalysisView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	final Select<AttemptSelection> attempts = new Select<>();

	final Paragraph summary = new Paragraph();

	final Div chart = new Div();

	final Grid<QuestionAnalysis> questions = new Grid<>();

	final Div details = new Div();

	private final ItemAnalysisService service;

	private ItemAnalysis analysis;

	ItemAnalysisView(ItemAnalysisService service) {
		this.service = service;
		addClassNames("page", "analysis-page");
		attempts.setLabel("Attempts analysed");
		attempts.setWidth("16rem");
		attempts.setItems(AttemptSelection.values());
		attempts.setItemLabelGenerator(AttemptSelection::label);
		summary.setId("analysis-summary");
		chart.addClassName("item-chart");
		details.addClassName("question-details");
		attempts.addValueChangeListener(e -> {
			if (e.getValue() != null && e.getValue() != analysis.selection()) {
				analysis = service.analyse(analysis.quizId(), Optional.of(e.getValue()));
				show();
			}
		});
		columns();
	}

	private void columns() {
		questions.addColumn(QuestionAnalysis::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
		questions.addColumn(QuestionAnalysis::name)
			.setHeader("Question")
			.setTooltipGenerator(QuestionAnalysis::text)
			.setFlexGrow(1)
			.setWidth("16rem");
		questions.addColumn(QuestionAnalysis::type).setHeader("Type").setAutoWidth(true);
		questions.addColumn(q -> q.statistics().attempts())
			.setHeader("Attempts")
			.setSortable(true)
			.setAutoWidth(true);
		questions.addColumn(q -> Figures.fractionPercent(q.statistics().facility()))
			.setHeader("Facility")
			.setComparator(q -> q.statistics().facility().orElse(-1))
			.setAutoWidth(true);
		questions.addColumn(q -> Figures.fractionPercent(q.statistics().standardDeviation()))
			.setHeader("SD")
			.setAutoWidth(true);
		questions.addColumn(q -> Figures.index(q.statistics().discrimination()))
			.setHeader("Discrimination")
			.setComparator(q -> q.statistics().discrimination().orElse(-1000))
			.setTooltipGenerator(q -> q.statistics().discrimination().isEmpty() && q.statistics().attempts() > 1
					? "Everyone scored the same here or on the rest of the quiz: nothing to correlate" : "")
			.setAutoWidth(true);
		questions.addColumn(q -> q.flags().stream().map(ItemFlag::label).collect(Collectors.joining(", ")))
			.setHeader("Look again?")
			.setTooltipGenerator(q -> q.flags().stream().map(ItemFlag::reason).collect(Collectors.joining(" ")))
			.setPartNameGenerator(q -> q.flags().isEmpty() ? null
					: q.flags().contains(ItemFlag.TOO_FEW_ATTEMPTS) ? "item-too-few" : "item-flagged")
			.setFlexGrow(1)
			.setWidth("14rem");
		questions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		questions.setAllRowsVisible(true);
		questions.addClassName("analysis-grid");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long quizId = event.getRouteParameters().getLong("quizId").orElseThrow(NotFoundException::new);
		try {
			analysis = service.analyse(quizId, Optional.empty());
		}
		catch (AccessDeniedException notTheirs) {
			// a quiz of a course the instructor does not teach is answered as one that does not exist
			throw new NotFoundException();
		}
		attempts.setValue(analysis.selection());
		removeAll();
		Div crumbs = new Div(new Anchor("teaching", "Teaching"), new Span(" › "),
				new Anchor(GradebookView.path(analysis.courseId()), analysis.courseTitle()));
		crumbs.addClassName("breadcrumbs");
		Div controls = new Div(attempts, summary);
		controls.addClassName("filters");
		add(crumbs, new H1(analysis.quizTitle() + ": item analysis"), new Paragraph(analysis.courseTitle() + " · version "
				+ analysis.versionNumber() + " · grade by the " + Figures.grading(analysis.grading())), controls,
				explanation(), chart, new H2("Questions"), questions, new H2("Answers given"), details);
		show();
	}

	private void show() {
		summary.setText("%d attempt%s by %d learner%s · mean score %s · %d of %d questions per attempt".formatted(
				analysis.attempts(), analysis.attempts() == 1 ? "" : "s", analysis.learners(),
				analysis.learners() == 1 ? "" : "s", Figures.percent(analysis.meanScore()),
				analysis.questionsPerAttempt(), analysis.questions().size()));
		chart.removeAll();
		// wrapped in a div: Html creates its root element by name, and a bare <svg> would not be in the SVG namespace
		chart.add(new Html("<div>" + ItemAnalysisChart.svg(analysis) + "</div>"));
		questions.setItems(analysis.questions());
		details.removeAll();
		analysis.questions().forEach(question -> details.add(new AnswerDetails(question)));
	}

	private static Paragraph explanation() {
		Paragraph text = new Paragraph("Facility index: the mean mark on a question, as a percentage of its mark. "
				+ "Discrimination index: how strongly the mark on a question goes with the mark on the rest of the "
				+ "quiz (100 × the correlation, as Moodle reports it); below 20 the question tells stronger and weaker "
				+ "learners apart poorly, below 0 it rewards the weaker ones. Questions drawn at random are measured "
				+ "over the attempts that drew them; below " + ItemFlag.MIN_ATTEMPTS
				+ " attempts a question is not judged.");
		text.addClassName("analysis-explanation");
		return text;
	}

	@Override
	public String getPageTitle() {
		return analysis == null ? "Item analysis — HTM Academy"
				: "Item analysis: " + analysis.quizTitle() + " — " + analysis.courseTitle() + " — HTM Academy";
	}

	static String path(long quizId) {
		return "teaching/quizzes/" + quizId + "/analysis";
	}

}

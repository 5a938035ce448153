package org.htmacademy.course.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.htmacademy.course.CourseImportResult;
import org.htmacademy.course.ImportOutcome;

/** One row per course of an import; a row opens to list that course's problems, a rejected one opens by itself. */
class CourseReportGrid extends Grid<CourseImportResult> {

	private final List<CourseImportResult> rows = new ArrayList<>();

	CourseReportGrid() {
		addColumn(CourseImportResult::courseId).setHeader("Course").setAutoWidth(true).setFlexGrow(1);
		addColumn(result -> outcome(result.outcome())).setHeader("Outcome").setAutoWidth(true);
		addColumn(result -> result.versionNumber() == 0 ? "none" : "v" + result.versionNumber())
			.setHeader("Live version")
			.setAutoWidth(true);
		addColumn(result -> result.problems().size()).setHeader("Problems").setAutoWidth(true);
		setItemDetailsRenderer(new ComponentRenderer<>(CourseReportGrid::problems));
		setDetailsVisibleOnClick(true);
		addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		setEmptyStateText("No import run yet on this page.");
		setAllRowsVisible(true);
		setItems(rows);
	}

	void add(CourseImportResult result) {
		rows.add(result);
		getDataProvider().refreshAll();
		setDetailsVisible(result, result.outcome() == ImportOutcome.REJECTED);
	}

	void show(List<CourseImportResult> results) {
		clear();
		results.forEach(this::add);
	}

	void clear() {
		rows.clear();
		getDataProvider().refreshAll();
	}

	/** Printed as the validator prints them, so an author can search for the same line. */
	static Component problems(CourseImportResult result) {
		if (result.problems().isEmpty()) {
			return new Paragraph("No problems.");
		}
		UnorderedList list = new UnorderedList();
		result.problems().forEach(problem -> list.add(new ListItem(problem)));
		Div details = new Div(list);
		details.addClassName("import-problems");
		return details;
	}

	static String outcome(ImportOutcome outcome) {
		return switch (outcome) {
			case PUBLISHED -> "Published";
			case UNCHANGED -> "Unchanged";
			case REJECTED -> "Rejected";
		};
	}

}

package org.htmacademy.transcript.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.htmacademy.transcript.CategoryRule;
import org.htmacademy.transcript.CategoryTotal;
import org.htmacademy.transcript.CertificationRules;
import org.htmacademy.transcript.Figures;
import org.htmacademy.transcript.RenewalChart;
import org.htmacademy.transcript.RenewalProgress;
import org.htmacademy.transcript.RulesSource;

/** One renewal period's figures: the four numbers that matter, the category table, the chart and the rules' source. */
final class RenewalFigures {

	private RenewalFigures() {
	}

	static Div of(RenewalProgress progress, LocalDate today, RulesSource source) {
		CertificationRules certification = progress.certification();
		Div figures = new Div(
				figure("renewal-period", "Current period", Figures.period(progress.period()).replace(" to ", " – "),
						certification.periodYears() + "-year reporting period"),
				figure("renewal-deadline", "Deadline", Figures.date(progress.period().deadline()),
						RenewalTracker.daysLeft(progress.period().deadline(), today)),
				figure("renewal-counted", "Counted", Figures.number(progress.counted()) + " of "
						+ Figures.ceus(progress.required()), "after category caps"),
				figure("renewal-remaining", "Remaining", progress.complete() ? "Requirement met"
						: Figures.ceus(progress.remaining()), progress.complete() ? "nothing more needed" : "still needed"));
		figures.addClassName("figures");
		Div chart = new Div();
		chart.addClassName("renewal-chart");
		chart.setId("renewal-chart");
		chart.getElement().setProperty("innerHTML", RenewalChart.svg(progress));
		Div all = new Div(figures, categories(progress), chart, rules(certification, source));
		all.setId("renewal-" + certification.code());
		return all;
	}

	private static Div figure(String id, String label, String value, String note) {
		Span name = new Span(label);
		name.addClassName("figure-label");
		Span number = new Span(value);
		number.addClassName("figure-value");
		number.setId(id);
		Span hint = new Span(note);
		hint.addClassName("figure-note");
		Div figure = new Div(name, number, hint);
		figure.addClassName("figure");
		return figure;
	}

	private static NativeTable categories(RenewalProgress progress) {
		NativeTable table = new NativeTable();
		table.addClassName("category-table");
		table.setId("renewal-categories");
		table.setCaptionText("CEUs in this period by category");
		NativeTableRow head = new NativeTableRow();
		for (String heading : new String[] { "Category", "Earned", "Cap", "Counts" }) {
			NativeTableHeaderCell cell = new NativeTableHeaderCell(heading);
			cell.getElement().setAttribute("scope", "col");
			head.add(cell);
		}
		table.getHead().addRows(head);
		for (CategoryTotal total : progress.categories()) {
			CategoryRule category = total.category();
			NativeTableRow row = new NativeTableRow();
			row.setId("category-" + category.code());
			Div name = new Div(new Span(category.code() + " · " + category.name()));
			if (!category.note().isEmpty()) {
				Span note = new Span(category.note());
				note.addClassName("category-note");
				name.add(note);
			}
			row.add(cell("Category", name), cell("Earned", new Span(Figures.number(total.earned()))),
					cell("Cap", new Span(category.cap() == null ? "none" : Figures.number(category.cap()))),
					cell("Counts", new Span(Figures.number(total.counted()) + (total.overCap() ? " (capped)" : ""))));
			if (total.overCap()) {
				row.addClassName("over-cap");
			}
			table.getBody().addRows(row);
		}
		return table;
	}

	private static NativeTableCell cell(String label, Component content) {
		NativeTableCell cell = new NativeTableCell(content);
		cell.getElement().setAttribute("data-label", label);
		return cell;
	}

	private static Paragraph rules(CertificationRules certification, RulesSource source) {
		Anchor link = new Anchor(source.url().toString(), source.title(), AnchorTarget.BLANK);
		Paragraph rules = new Paragraph(new Span("Rules: " + certification.code() + " needs "
				+ Figures.ceus(certification.ceusRequired()) + " per " + certification.periodYears()
				+ "-year period; " + Figures.number(certification.contactHoursPerCeu())
				+ " contact hours = 1 CEU; HTM Academy courses count in category " + certification.courseCategory()
				+ ". Source: "), link, new Span(", checked " + Figures.date(source.checked()) + ". Figures marked "
						+ "“not confirmed” are our reading of ACI's material: check ACI's current requirements "
						+ "before relying on them."));
		rules.addClassName("rules-source");
		rules.setId("rules-source");
		return rules;
	}

}

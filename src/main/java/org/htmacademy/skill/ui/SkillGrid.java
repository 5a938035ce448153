package org.htmacademy.skill.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import org.htmacademy.skill.SkillSheet;
import org.htmacademy.skill.SkillSheet.LearnerSkills;
import org.htmacademy.skill.SkillSheet.SkillCell;
import org.htmacademy.skill.SkillSheet.SkillColumn;

/** One row per learner, one column per skill: who signed and when, or a button to sign. */
class SkillGrid extends Grid<LearnerSkills> {

	SkillGrid(SkillSheet sheet, BiConsumer<LearnerSkills, SkillColumn> sign) {
		addColumn(LearnerSkills::learnerName).setHeader("Learner").setFrozen(true).setAutoWidth(true);
		for (SkillColumn skill : sheet.skills()) {
			Span header = new Span(skill.title());
			header.addClassName("wrapping-header");
			addComponentColumn(learner -> cell(learner, skill, sign)).setHeader(header).setWidth("15rem").setFlexGrow(1);
		}
		addColumn(learner -> learner.signedCount() + "/" + learner.cells().size()).setHeader("Signed").setAutoWidth(true);
		addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		setItems(sheet.learners());
		setAllRowsVisible(true);
		setEmptyStateText("No learner is enrolled in this course yet.");
	}

	private static Component cell(LearnerSkills learner, SkillColumn skill, BiConsumer<LearnerSkills, SkillColumn> sign) {
		SkillCell cell = learner.cells().get(skill.skillId());
		if (cell == null) {
			return new Span("not in their version");
		}
		return cell.signoff().<Component>map(s -> {
			Span signed = new Span("✓ " + s.instructorName() + ", " + s.signedOn());
			signed.addClassName("skill-signed");
			s.note().ifPresent(note -> signed.getElement().setAttribute("title", note));
			return signed;
		}).orElseGet(() -> {
			Button button = new Button("Sign", e -> sign.accept(learner, skill));
			button.addThemeVariants(ButtonVariant.SMALL);
			button.setId("sign-" + learner.enrolmentId() + "-" + skill.skillId());
			return button;
		});
	}

}

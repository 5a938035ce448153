package org.htmacademy.account.ui;

import java.util.List;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.htmacademy.account.NameToReview;

/**
 * Stored names certificates would refuse today, shown to administrators so they can ask each person to correct it;
 * hidden while there are none.
 */
class NamesToReviewPanel extends Details {

	final Grid<NameToReview> grid = new Grid<>();

	NamesToReviewPanel() {
		grid.addColumn(review -> review.account().fullName()).setHeader("Name").setAutoWidth(true);
		grid.addColumn(review -> review.account().email()).setHeader("Email").setAutoWidth(true);
		grid.addColumn(NameToReview::problem).setHeader("What is wrong").setFlexGrow(1);
		grid.setAllRowsVisible(true);
		add(new VerticalLayout(new Paragraph("These names break the name rule, so their certificates cannot be "
				+ "issued as they stand. Nothing changes them: ask each person to correct their name on their profile."),
				grid));
	}

	void show(List<NameToReview> names) {
		setSummaryText("Names to review (" + names.size() + ")");
		grid.setItems(names);
		setVisible(!names.isEmpty());
	}

}

package org.htmacademy.authoring.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.select.Select;

/** The answer grades Moodle allows, as a choice, so a form can only offer a grade the validator accepts. */
final class Grades {

	private static final List<String> PERCENTS = List.of("100", "90", "83.33333", "80", "75", "70", "66.66667", "60",
			"50", "40", "33.33333", "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5");

	/** 100% down to 5%, then 0%. */
	static final List<BigDecimal> CREDIT = Stream
		.concat(PERCENTS.stream().map(Grades::fraction), Stream.of(BigDecimal.ZERO))
		.toList();

	/** With penalties for wrong choices of a question with several right answers. */
	static final List<BigDecimal> WITH_PENALTIES = Stream
		.concat(CREDIT.stream(), PERCENTS.reversed().stream().map(p -> fraction(p).negate()))
		.toList();

	private Grades() {
	}

	static Select<BigDecimal> select(List<BigDecimal> grades, BigDecimal value) {
		Select<BigDecimal> select = new Select<>();
		select.setLabel("Grade");
		List<BigDecimal> items = new ArrayList<>(grades);
		BigDecimal shown = items.stream().filter(g -> g.compareTo(value) == 0).findFirst().orElse(null);
		if (shown == null) {
			items.add(value);
			shown = value;
		}
		select.setItems(items);
		select.setItemLabelGenerator(Grades::label);
		select.setValue(shown);
		select.addClassName("grade");
		return select;
	}

	static String label(BigDecimal fraction) {
		return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}

	private static BigDecimal fraction(String percent) {
		return new BigDecimal(percent).movePointLeft(2);
	}

}

package org.htmacademy.gradebook.ui;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.htmacademy.gradebook.AnswerCount;
import org.htmacademy.gradebook.ItemFlag;
import org.htmacademy.gradebook.QuestionAnalysis;
import org.htmacademy.gradebook.TypedAnswer;

/** One question's answers: how often each was given, with the credit each is worth, as a plain table. */
class AnswerDetails extends Details {

	AnswerDetails(QuestionAnalysis question) {
		addClassName("answer-details");
		Span flags = new Span(question.flags().stream().map(ItemFlag::label).reduce((a, b) -> a + ", " + b).orElse(""));
		flags.addClassName("answer-details-flags");
		setSummary(new Span(new Span("Question " + question.number() + " · " + question.name()), flags));
		Paragraph text = new Paragraph(question.text());
		text.addClassName("answer-details-text");
		add(text, table(question));
		if (!question.unmatched().isEmpty()) {
			Div typed = new Div(new Span("Typed answers that matched no accepted answer: "));
			question.unmatched()
				.forEach(answer -> typed.add(new Span(quoted(answer) + (answer == question.unmatched().getLast() ? ""
						: ", "))));
			typed.addClassName("answer-details-unmatched");
			add(typed);
		}
	}

	private static NativeTable table(QuestionAnalysis question) {
		long attempts = question.statistics().attempts();
		boolean matching = question.answers().stream().anyMatch(answer -> answer.item().isPresent());
		NativeTableRow header = new NativeTableRow();
		if (matching) {
			header.add(new NativeTableHeaderCell("Item"));
		}
		header.add(new NativeTableHeaderCell("Answer"), new NativeTableHeaderCell("Credit"),
				new NativeTableHeaderCell("Given"), new NativeTableHeaderCell("Share of attempts"));
		NativeTableBody body = new NativeTableBody();
		String previousItem = null;
		for (AnswerCount answer : question.answers()) {
			NativeTableRow row = new NativeTableRow();
			if (matching) {
				String item = answer.item().orElse("");
				row.add(new NativeTableCell(item.equals(previousItem) ? "" : item));
				previousItem = item;
			}
			row.add(new NativeTableCell(answer.answer()), new NativeTableCell(credit(answer.credit())),
					new NativeTableCell(String.valueOf(answer.count())), share(answer.count(), attempts));
			answer.credit().filter(credit -> credit.signum() > 0).ifPresent(credit -> row.addClassName("credited"));
			body.add(row);
		}
		NativeTable table = new NativeTable(new NativeTableHeader(header), body);
		table.addClassName("answer-table");
		return table;
	}

	private static NativeTableCell share(long count, long attempts) {
		double share = attempts == 0 ? 0 : 100.0 * count / attempts;
		Span bar = new Span();
		bar.addClassName("share-bar");
		bar.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", Math.min(100, share)));
		Span figure = new Span(attempts == 0 ? Figures.NONE : String.format(Locale.ROOT, "%.1f %%", share));
		NativeTableCell cell = new NativeTableCell(figure, bar);
		cell.addClassName("share");
		return cell;
	}

	private static String credit(Optional<BigDecimal> credit) {
		return credit.map(c -> c.movePointRight(2).stripTrailingZeros().toPlainString() + " %").orElse("");
	}

	private static String quoted(TypedAnswer answer) {
		return "“" + answer.text() + "” × " + answer.count();
	}

}

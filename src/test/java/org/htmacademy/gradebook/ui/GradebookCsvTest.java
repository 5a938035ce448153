package org.htmacademy.gradebook.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.htmacademy.course.content.GradingMethod;
import org.htmacademy.gradebook.FinalExamStatus;
import org.htmacademy.gradebook.GradebookRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GradebookCsvTest {

	@Test
	void fields_with_commas_quotes_or_line_breaks_are_quoted_with_quotes_doubled() {
		assertThat(GradebookCsv.cell("plain")).isEqualTo("plain");
		assertThat(GradebookCsv.cell("Raman, Priya")).isEqualTo("\"Raman, Priya\"");
		assertThat(GradebookCsv.cell("Sam \"Spark\" Lee")).isEqualTo("\"Sam \"\"Spark\"\" Lee\"");
		assertThat(GradebookCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(GradebookCsv.cell("")).isEmpty();
	}

	@Test
	void cells_a_spreadsheet_would_run_as_formulas_are_made_text() {
		assertThat(GradebookCsv.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(GradebookCsv.cell("+44 20")).isEqualTo("'+44 20");
		assertThat(GradebookCsv.cell("-2")).isEqualTo("'-2");
		assertThat(GradebookCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(GradebookCsv.cell("\tcmd")).isEqualTo("'\tcmd");
		assertThat(GradebookCsv.cell("=A1,B1")).isEqualTo("\"'=A1,B1\"");
		assertThat(GradebookCsv.cell("O'Neil")).isEqualTo("O'Neil");
	}

	@Test
	void one_line_per_row_after_the_header_with_crlf_line_ends() {
		GradebookRow row = new GradebookRow(7, "Łukasz Ødegård", "lukasz@example.org", 2, "1.1.0", 3, 8, 1, 4,
				Optional.of(GradingMethod.AVERAGE), Optional.of(new BigDecimal("87.5")),
				Optional.of(new BigDecimal("81.25")), 2, 0, FinalExamStatus.PASSED, Instant.parse("2026-11-20T10:15:30Z"));

		String csv = GradebookCsv.of(List.of(row));

		assertThat(csv).isEqualTo("\uFEFF" + GradebookCsv.HEADER + "\r\n"
				+ "Łukasz Ødegård,lukasz@example.org,2,3,8,1,4,Passed,87.50,81.25,average,2,unlimited,"
				+ "2026-11-20T10:15:30Z\r\n");
		assertThat(GradebookCsv.of(List.of())).isEqualTo("\uFEFF" + GradebookCsv.HEADER + "\r\n");
	}

}

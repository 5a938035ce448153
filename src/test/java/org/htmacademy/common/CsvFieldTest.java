package org.htmacademy.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvFieldTest {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx" })
	void a_cell_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe(String value) {
		assertThat(CsvField.of(value)).contains("'" + value.charAt(0));
		assertThat(CsvField.alwaysQuoted(value)).startsWith("\"'");
	}

	@Test
	void names_in_any_script_pass_unchanged() {
		for (String name : new String[] { "Zoë Ødegård-Łukasiewicz", "محمد بن سلمان", "王小明", "אבי לוי" }) {
			assertThat(CsvField.of(name)).isEqualTo(name);
		}
	}

	@Test
	void commas_quotes_and_line_breaks_are_quoted_with_quotes_doubled() {
		assertThat(CsvField.of("Nuñez, José")).isEqualTo("\"Nuñez, José\"");
		assertThat(CsvField.of("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(CsvField.of("a\nb")).isEqualTo("\"a\nb\"");
	}

}

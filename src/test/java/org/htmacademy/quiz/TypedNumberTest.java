package org.htmacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedNumberTest {

	@ParameterizedTest(name = "''{0}'' reads as {1}")
	@CsvSource(delimiter = '|', value = {
			"1.5|1.5",
			"1,5|1.5",
			"-1,5|-1.5",
			"+2|2",
			".5|0.5",
			"5.|5",
			"1,234|1.234",
			"1,234,567|1234567",
			"1,234.5|1234.5",
			"1.234,5|1.2345",
			"1 234,5|1234.5",
			"3.2e-4|0.00032",
			"3.2E-4|0.00032",
			"3.2x10^-4|0.00032",
			"3.2*10^-4|0.00032",
			"3.2×10**-4|0.00032" })
	void reads_numbers_as_moodle_does(String typed, String value) {
		TypedNumber number = TypedNumber.read(typed);

		assertThat(number.isNumber()).isTrue();
		assertThat(number.value()).isEqualByComparingTo(value);
		assertThat(number.problem()).isNull();
	}

	@ParameterizedTest(name = "''{0}'' is not a number")
	@ValueSource(strings = { "pi", "", ".", "-", "e5", "1..2", "500 mA", "3.14 Hz", "12%", "0x1F", "1e", "٣" })
	void refuses_what_is_not_a_number_alone(String typed) {
		TypedNumber number = TypedNumber.read(typed);

		assertThat(number.isNumber()).isFalse();
		assertThat(number.value()).isNull();
		assertThat(number.problem()).startsWith("'" + typed.strip() + "' is not a number");
	}

	@Test
	void a_trailing_unit_is_named_in_the_reason() {
		assertThat(TypedNumber.read("500 mA").problem()).contains("without a unit");
	}
}

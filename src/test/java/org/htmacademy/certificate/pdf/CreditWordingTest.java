package org.htmacademy.certificate.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class CreditWordingTest {

	@Test
	void ceus_are_contact_hours_divided_by_ten() {
		assertThat(CreditWording.credit(new BigDecimal("1.50")))
			.isEqualTo("1.5 contact hours · 0.15 CEUs (1 CEU = 10 contact hours)");
		assertThat(CreditWording.credit(new BigDecimal("10")))
			.isEqualTo("10 contact hours · 1 CEU (1 CEU = 10 contact hours)");
	}

	@Test
	void one_contact_hour_is_singular() {
		assertThat(CreditWording.contactHours(BigDecimal.ONE)).isEqualTo("1 contact hour");
		assertThat(CreditWording.ceus(BigDecimal.ONE)).isEqualTo("0.1 CEUs");
	}

	@Test
	void the_completion_date_is_the_learners_local_date_with_its_zone_named() {
		ZonedDateTime lateInChicago = ZonedDateTime.of(2026, 3, 4, 22, 47, 0, 0, ZoneId.of("America/Chicago"));
		ZonedDateTime summerInBerlin = ZonedDateTime.of(2026, 7, 1, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));

		assertThat(CreditWording.completionDate(lateInChicago)).isEqualTo("March 4, 2026 (Central Standard Time)");
		assertThat(CreditWording.completionDate(summerInBerlin))
			.isEqualTo("July 1, 2026 (Central European Summer Time)");
	}

}

package org.htmacademy.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenewalRulesLoaderTest {

	private static final String VALID = """
			source:
			  title: Example board
			  url: https://board.example.org/renewal
			  checked: 2026-11-21
			certifications:
			  - code: XBET
			    name: Example Technician
			    period-years: 2
			    ceus-required: 24
			    anchor: certification-date
			    contact-hours-per-ceu: 1
			    course-category: A
			    categories:
			      - code: A
			        name: Courses
			        cap: none
			      - code: B
			        name: Teaching
			        cap: 6
			        note: Counted once per course.
			""";

	@TempDir
	Path folder;

	@Test
	void the_shipped_rules_cover_the_aci_certifications_with_their_source() {
		RenewalRules rules = RenewalRulesLoader.loadDefault();

		assertThat(rules.source().url()).hasToString("https://www.aami.org/home/about-aci/maintain-your-certification");
		assertThat(rules.source().checked()).isEqualTo("2026-11-21");
		assertThat(rules.certifications()).extracting(CertificationRules::code)
			.containsExactly("CBET", "CRES", "CLES", "CHTM");
		for (CertificationRules certification : rules.certifications()) {
			assertThat(certification.periodYears()).isEqualTo(3);
			assertThat(certification.ceusRequired()).isEqualByComparingTo("30");
			assertThat(certification.categories()).extracting(CategoryRule::code)
				.containsExactly("I", "II", "III", "IV", "V", "VI");
			assertThat(certification.category("I").orElseThrow().cap()).isEqualByComparingTo("15");
			assertThat(certification.category("II").orElseThrow().cap()).isEqualByComparingTo("15");
			assertThat(certification.category("IV").orElseThrow().cap()).as("not found in the source").isNull();
			assertThat(certification.category("IV").orElseThrow().note()).isEqualTo("Cap not confirmed with ACI.");
			assertThat(certification.courseCategory()).isEqualTo("IV");
		}
	}

	@Test
	void an_administrator_file_replaces_the_shipped_rules() throws Exception {
		Path file = Files.writeString(folder.resolve("rules.yml"), VALID);

		RenewalRules rules = RenewalRulesLoader.load(file);

		CertificationRules xbet = rules.certification("XBET").orElseThrow();
		assertThat(rules.source().checked()).isEqualTo(LocalDate.of(2026, 11, 21));
		assertThat(xbet.periodYears()).isEqualTo(2);
		assertThat(xbet.anchor()).isEqualTo(PeriodAnchor.CERTIFICATION_DATE);
		assertThat(xbet.contactHoursPerCeu()).isEqualByComparingTo(BigDecimal.ONE);
		assertThat(xbet.category("B").orElseThrow()).isEqualTo(new CategoryRule("B", "Teaching", new BigDecimal("6"),
				"Counted once per course."));
		assertThat(rules.certification("CBET")).isEmpty();
	}

	@Test
	void a_file_that_is_not_yaml_is_named_with_the_line() throws Exception {
		Path file = Files.writeString(folder.resolve("broken.yml"), "source:\n  title: [unclosed\n");

		assertThatThrownBy(() -> RenewalRulesLoader.load(file)).isInstanceOf(RenewalRulesException.class)
			.hasMessageStartingWith("Renewal rules " + file + ": not valid YAML:")
			.hasMessageContaining("line 3");
	}

	@Test
	void a_missing_file_is_named() {
		Path file = folder.resolve("nowhere.yml");

		assertThatThrownBy(() -> RenewalRulesLoader.load(file)).isInstanceOf(RenewalRulesException.class)
			.hasMessageStartingWith("Renewal rules " + file + ": cannot be read");
	}

	@Test
	void each_problem_is_named_with_the_file_and_where_in_it() {
		assertProblem(VALID.replace("cap: 6", "cap: six"), "certifications[0] (XBET).categories[1].cap must be a "
				+ "positive number of CEUs or none, not 'six'");
		assertProblem(VALID.replace("cap: 6", "cap: -6"), "certifications[0] (XBET).categories[1].cap must be a "
				+ "positive number, not '-6'");
		assertProblem(VALID.replace("period-years: 2", "period-years: 2.5"),
				"certifications[0] (XBET).period-years must be a whole number of at least 1, not '2.5'");
		assertProblem(VALID.replace("    ceus-required: 24\n", ""),
				"certifications[0] (XBET).ceus-required must be a positive number, not nothing");
		assertProblem(VALID.replace("certification-date", "anniversary"),
				"certifications[0] (XBET).anchor must be certification-date or end-of-calendar-year, not 'anniversary'");
		assertProblem(VALID.replace("course-category: A", "course-category: Z"),
				"certifications[0] (XBET).course-category is Z, which is not one of its categories");
		assertProblem(VALID.replace("cap: none", "cap-ceus: none"),
				"certifications[0] (XBET).categories[0] has an unknown key 'cap-ceus'");
		assertProblem(VALID.replace("code: B", "code: A"),
				"certifications[0] (XBET).categories[1] repeats the category code A");
		assertProblem(VALID.replace("checked: 2026-11-21", "checked: soon"),
				"source.checked must be a date like 2026-11-21, not 'soon'");
		assertProblem(VALID.replace("https://board.example.org/renewal", "\"http://exa mple\""),
				"source.url is not a valid URL");
		assertProblem(VALID.substring(0, VALID.indexOf("certifications:")),
				"certifications must be a non-empty list, not nothing");
		assertProblem("- just\n- a list\n", "the file must be a mapping of keys to values, not a list");
		assertProblem(VALID + "  - code: XBET\n", "certifications[1] (XBET).name is required and must be text");
	}

	@Test
	void certifications_may_share_a_named_category_set() {
		String shared = VALID.replace("certifications:", """
				category-sets:
				  common:
				    - code: A
				      name: Courses
				      cap: none
				certifications:""").replaceAll("(?s)    categories:.*", "    categories: common\n");

		RenewalRules rules = RenewalRulesLoader.parse(shared, "shared.yml");

		assertThat(rules.certification("XBET").orElseThrow().categories()).extracting(CategoryRule::code)
			.containsExactly("A");
		assertProblem(shared.replace("categories: common", "categories: missing"),
				"certifications[0] (XBET).categories names the category set 'missing', which is not under category-sets");
	}

	private static void assertProblem(String yaml, String problem) {
		assertThatThrownBy(() -> RenewalRulesLoader.parse(yaml, "admin-rules.yml"))
			.isInstanceOf(RenewalRulesException.class)
			.hasMessageStartingWith("Renewal rules admin-rules.yml: " + problem);
	}

}

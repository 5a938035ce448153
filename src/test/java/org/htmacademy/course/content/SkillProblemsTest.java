package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.content.CourseFixture.COURSE_YML;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional {@code skills} list of course.yml, appended to the guide's example from line 41 on. */
class SkillProblemsTest {

	static final String YML = COURSE_YML + ":";

	static final String LAST_LINE = "  grading: highest\n";

	static final String SKILLS = """
			skills:
			  - id: protective-earth
			    title: Measures protective earth resistance on a Class I device
			    checklist:
			      - Zeroes the test leads before measuring.
			      - Flexes the power cord along its length while measuring.
			""";

	@TempDir
	Path directory;

	CourseFixture course;

	@BeforeEach
	void copyTheGuideExample() {
		course = CourseFixture.guide(directory);
	}

	private CourseFixture withSkills(String skills) {
		return course.edit(COURSE_YML, LAST_LINE, LAST_LINE + skills);
	}

	@Test
	void skills_are_read_with_their_checklists() {
		withSkills(SKILLS);

		CourseTree tree = course.load();

		assertThat(tree.problems()).isEmpty();
		assertThat(tree.valid().getFirst().skills()).containsExactly(new PracticalSkill("protective-earth",
				"Measures protective earth resistance on a Class I device",
				List.of("Zeroes the test leads before measuring.",
						"Flexes the power cord along its length while measuring.")));
	}

	@Test
	void a_course_without_skills_has_none() {
		assertThat(course.load().valid().getFirst().skills()).isEmpty();
	}

	@Test
	void a_skill_id_must_be_well_formed() {
		withSkills(SKILLS.replace("id: protective-earth", "id: Protective Earth"));

		assertThat(course.problems()).containsExactly(YML + "42:9: error: skill id 'Protective Earth' is not valid: "
				+ "use lowercase letters, digits and single hyphens (like leakage-current)");
	}

	@Test
	void a_skill_id_must_be_unique_in_the_course() {
		withSkills(SKILLS + "  - id: protective-earth\n    title: Again\n    checklist: [Measures again.]\n");

		assertThat(course.problems())
			.containsExactly(YML + "47:9: error: skill id 'protective-earth' is already used on line 42");
	}

	@Test
	void a_skill_needs_a_title_and_a_checklist() {
		withSkills("skills:\n  - id: protective-earth\n");

		assertThat(course.problems()).containsExactly(YML + "42:5: error: missing required key 'title'",
				YML + "42:5: error: missing required key 'checklist'");
	}

	@Test
	void a_skill_needs_at_least_one_checklist_item() {
		withSkills(SKILLS.replace("    checklist:\n      - Zeroes the test leads before measuring.\n"
				+ "      - Flexes the power cord along its length while measuring.\n", "    checklist: []\n"));

		assertThat(course.problems()).containsExactly(YML + "44:16: error: a skill needs at least one checklist item");
	}

	@Test
	void a_checklist_item_must_be_text() {
		withSkills(SKILLS.replace("      - Zeroes the test leads before measuring.",
				"      - [Zeroes the test leads, before measuring]"));

		assertThat(course.problems()).containsExactly(YML + "45:9: error: checklist entry must be text, not a list");
	}

	@Test
	void skills_must_be_a_list_and_not_empty_when_present() {
		withSkills("skills: protective-earth\n");
		assertThat(course.problems()).containsExactly(YML + "41:9: error: skills must be a list, not 'protective-earth'");

		course.edit(COURSE_YML, "skills: protective-earth", "skills: []");
		assertThat(course.problems()).containsExactly(
				YML + "41:9: error: skills must not be empty: list at least one skill, or remove the key");
	}

	@Test
	void a_skill_must_be_a_mapping() {
		withSkills("skills:\n  - protective-earth\n");

		assertThat(course.problems()).containsExactly(YML + "42:5: error: a skill must be a mapping, not 'protective-earth'");
	}

	@Test
	void a_misspelt_key_is_a_warning_that_names_the_right_one() {
		withSkills(SKILLS.replace("    checklist:", "    titel: Another title\n    checklist:"));

		assertThat(course.problems()).containsExactly(
				YML + "44:5: warning: unknown key 'titel' is ignored; did you mean 'title'?");
	}

	@Test
	void a_skill_title_fits_the_certificate() {
		String title = "Measures protective earth resistance ".repeat(9).strip();
		withSkills(SKILLS.replace("Measures protective earth resistance on a Class I device", title));

		assertThat(course.problems())
			.containsExactly(YML + "43:12: error: the skill title is " + title.length() + " characters long; at most 300 fit");
	}

}

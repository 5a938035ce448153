package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.content.CourseFixture.COURSE;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseTreeLoaderTest {

	static final String ADVANCED = "advanced-electrical-safety";

	@TempDir
	Path directory;

	CourseFixture tree;

	@BeforeEach
	void copyTheGuideExample() {
		tree = CourseFixture.guide(directory);
	}

	@Test
	void a_course_with_an_error_is_left_out_as_a_whole_and_the_good_one_is_loaded() {
		tree.copyCourse(ADVANCED).delete(ADVANCED + "/quizzes/leakage.gift");

		CourseTree loaded = tree.load();

		assertThat(loaded.valid()).extracting(LoadedCourse::id).containsExactly(COURSE);
		assertThat(tree.printed(loaded.problems())).containsExactly(
				ADVANCED + "/course.yml:31:13: error: quiz file quizzes/leakage.gift does not exist");
	}

	@Test
	void courses_are_loaded_in_folder_order() {
		tree.copyCourse("a-first-course").copyCourse("z-last-course");

		assertThat(tree.load().valid()).extracting(LoadedCourse::id)
			.containsExactly("a-first-course", COURSE, "z-last-course");
	}

	@Test
	void a_folder_with_files_but_no_course_yml_is_ignored_with_a_warning() throws Exception {
		tree.write("drafts/lessons/intro.md", "# Intro\n")
			.write(".github/notes.md", "hidden folders are not courses")
			.write("README.md", "# Authoring courses\n");
		Files.createDirectories(tree.path("empty/lessons"));

		CourseTree loaded = tree.load();

		assertThat(tree.printed(loaded.problems()))
			.containsExactly("drafts:1:1: warning: the folder has no course.yml and is ignored");
		assertThat(loaded.valid()).hasSize(1);
		assertThat(CourseTreeLoader.courseFolders(tree.root())).containsExactly(tree.path(COURSE));
	}

	@Test
	void a_tree_that_is_not_a_folder_is_an_error() {
		CourseTree loaded = new CourseTreeLoader().load(tree.path("missing"));

		assertThat(tree.printed(loaded.problems())).containsExactly("missing:1:1: error: no such folder");
		assertThat(loaded.valid()).isEmpty();
		assertThat(tree.printed(new CourseTreeLoader().load(tree.path(CourseFixture.COURSE_YML)).problems()))
			.containsExactly(CourseFixture.COURSE_YML + ":1:1: error: not a folder");
	}

	@Test
	void one_course_loads_on_its_own() {
		CourseTree loaded = new CourseTreeLoader().loadOne(tree.path(COURSE));

		assertThat(loaded.problems()).isEmpty();
		assertThat(loaded.valid()).extracting(LoadedCourse::id).containsExactly(COURSE);
	}

	@Test
	void one_course_folder_without_course_yml_is_an_error() {
		tree.delete(CourseFixture.COURSE_YML);

		CourseTree loaded = new CourseTreeLoader().loadOne(tree.path(COURSE));

		assertThat(tree.printed(loaded.problems())).containsExactly(COURSE + ":1:1: error: the folder has no course.yml");
	}

	@Test
	void problem_paths_start_with_the_path_given_so_a_relative_tree_prints_relative_paths() {
		Path relative = Path.of("").toAbsolutePath().relativize(tree.root());
		tree.edit(CourseFixture.COURSE_YML, "ceHours: 0.25", "ceHours: 0.6");

		CourseTree loaded = new CourseTreeLoader().load(relative);

		assertThat(relative.isAbsolute()).isFalse();
		assertThat(loaded.problems()).extracting(ContentProblem::toString).containsExactly(relative.resolve(COURSE)
				+ "/course.yml:11:10: error: ceHours must be a multiple of 0.25 (a quarter hour), not 0.6");
	}

}

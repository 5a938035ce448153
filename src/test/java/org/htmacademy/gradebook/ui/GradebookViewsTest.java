package org.htmacademy.gradebook.ui;

import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.course.CourseFolders;
import org.htmacademy.gradebook.AttemptSelection;
import org.htmacademy.gradebook.Classroom;
import org.htmacademy.gradebook.FinalExamStatus;
import org.htmacademy.gradebook.GradebookRow;
import org.htmacademy.gradebook.QuizTaker;
import org.htmacademy.quiz.QuizService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Teaching pages of a course with three learners — two on version 1 who took the final exam, one on version 2
 * with a name a spreadsheet would run as a formula — seen by its instructor, by an instructor of other courses and by
 * a learner.
 */
@HtmSpringTest
@Import(Classroom.class)
@ViewPackages(packages = "org.htmacademy")
class GradebookViewsTest extends SpringBrowserlessTest {

	static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"Pay\"), Jr";

	/** Made by the first test that runs: every test only reads it. */
	static String courseId;

	static String instructor;

	static String otherInstructor;

	static String learner;

	static long finalExam;

	@Autowired
	Classroom classroom;

	@Autowired
	QuizService quizzes;

	@Autowired
	SignIn signIn;

	@BeforeEach
	void aCourseWithThreeLearners() throws Exception {
		if (courseId == null) {
			CourseFolders tree = new CourseFolders(Files.createTempDirectory("gradebook-views"));
			courseId = classroom.importCourse(tree);
			instructor = classroom.instructor("Vera Viewer");
			otherInstructor = classroom.instructor("Walt Elsewhere");
			classroom.assign(courseId, instructor);
			learner = classroom.learner("Hana Passer");
			classroom.enrol(learner, courseId);
			finalExam = classroom.finalExam(courseId);
			QuizTaker.finalExam(quizzes).take(finalExam, QuizTaker.all());
			classroom.enrol(classroom.learner("Ivan Failer"), courseId);
			QuizTaker.finalExam(quizzes).take(finalExam, QuizTaker.none());
			Files.writeString(tree.path(courseId, "lessons/leakage-current.md"), "\nVersion two.\n",
					StandardOpenOption.APPEND);
			assertThat(classroom.runImport(tree.root())).contains("v2");
			classroom.enrol(classroom.learnerStoredBeforeTheNameRule(FORMULA_NAME), courseId);
		}
		signIn.out();
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void the_teaching_page_lists_the_courses_the_instructor_teaches() {
		signIn.as(instructor);

		TeachingView view = navigate(TeachingView.class);

		assertThat(view.courses.getElement().getTextRecursively()).contains("Electrical Safety Testing Basics",
				"3 learners enrolled", "1 passed the final exam", "Open gradebook");
		assertThat(view.courses.getChildren().count()).isEqualTo(1);
	}

	@Test
	void the_gradebook_filters_by_search_status_and_version() {
		GradebookView view = openGradebook(instructor);
		assertThat(rows(view)).extracting(GradebookRow::learnerName)
			.containsExactly(FORMULA_NAME, "Hana Passer", "Ivan Failer");
		assertThat(view.shown.getText()).isEqualTo("3 learners");

		test(view.search).setValue("hana");
		assertThat(rows(view)).extracting(GradebookRow::learnerName).containsExactly("Hana Passer");

		view.search.clear();
		test(view.status).selectItem("Failed");
		assertThat(rows(view)).extracting(GradebookRow::status).containsExactly(FinalExamStatus.FAILED);
		assertThat(view.shown.getText()).isEqualTo("1 learner");

		test(view.status).selectItem("Not attempted");
		assertThat(rows(view)).extracting(GradebookRow::learnerName).containsExactly(FORMULA_NAME);
		test(view.version).selectItem("Version 1");
		assertThat(rows(view)).isEmpty();
		assertThat(view.shown.getText()).isEqualTo("0 learners");

		view.status.clear();
		assertThat(rows(view)).extracting(GradebookRow::learnerName).containsExactly("Hana Passer", "Ivan Failer");
	}

	@Test
	void the_csv_holds_exactly_the_filtered_rows_quoted_and_safe_from_formulas() {
		GradebookView view = openGradebook(instructor);
		test(view.status).selectItem("Not attempted");

		String csv = view.csv();

		List<String> lines = Arrays.asList(csv.split("\r\n"));
		assertThat(lines).hasSize(2);
		assertThat(lines.getFirst()).isEqualTo("\uFEFF" + GradebookCsv.HEADER);
		assertThat(lines.get(1)).startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Pay\"\"), Jr\",")
			.contains(",2,0,1,0,1,Not attempted,,,highest,0,3,");
		assertThat(csv).endsWith("\r\n");
		assertThat(view.fileName()).isEqualTo("gradebook-" + courseId + ".csv");
		assertThat(view.download.getHref()).isNotBlank();
	}

	@Test
	void the_item_analysis_shows_the_chart_the_questions_and_their_answers() {
		signIn.as(instructor);
		UI.getCurrent().navigate(ItemAnalysisView.path(finalExam));
		ItemAnalysisView view = (ItemAnalysisView) getCurrentView();

		assertThat(view.summary.getText()).startsWith("2 attempts by 2 learners")
			.contains("5 of 6 questions per attempt");
		String chart = view.chart.getElement().getChild(0).getProperty("innerHTML");
		assertThat(chart).contains("<svg", "role=\"img\"", "aria-label=", "<title>", "<desc>");
		assertThat(test(view.questions).size()).isEqualTo(6);
		assertThat(view.details.getChildren().count()).isEqualTo(6);
		assertThat(view.details.getElement().getTextRecursively()).contains("microamperes", "kiloamperes",
				"Too few attempts to judge");

		test(view.attempts).selectItem(AttemptSelection.FIRST.label());
		assertThat(view.summary.getText()).startsWith("2 attempts by 2 learners");
	}

	@Test
	void an_instructor_of_other_courses_is_told_the_pages_do_not_exist() {
		signIn.as(otherInstructor);

		UI.getCurrent().navigate(GradebookView.path(courseId));
		assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
		UI.getCurrent().navigate(ItemAnalysisView.path(finalExam));
		assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
	}

	@Test
	void a_learner_cannot_open_the_gradebook_or_the_analysis() {
		signIn.as(learner);

		UI.getCurrent().navigate(GradebookView.path(courseId));
		assertThat(getCurrentView()).isNotInstanceOf(GradebookView.class);
		UI.getCurrent().navigate(ItemAnalysisView.path(finalExam));
		assertThat(getCurrentView()).isNotInstanceOf(ItemAnalysisView.class);
	}

	@Test
	void an_administrator_opens_any_gradebook() {
		assertThat(rows(openGradebook(Classroom.ADMIN))).hasSize(3);
	}

	private GradebookView openGradebook(String who) {
		signIn.as(who);
		UI.getCurrent().navigate(GradebookView.path(courseId));
		return (GradebookView) getCurrentView();
	}

	private List<GradebookRow> rows(GradebookView view) {
		return IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i)).toList();
	}

}

package org.htmacademy.authoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.authoring.CourseOutline.QuizOutline;
import org.htmacademy.course.ImportOutcome;
import org.htmacademy.course.content.GradingMethod;
import org.htmacademy.course.content.QuizSettings;
import org.htmacademy.course.content.ReviewPolicy;
import org.htmacademy.course.gift.ExamCheck;
import org.htmacademy.course.gift.GiftField;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice.Choice;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;
import org.htmacademy.course.gift.TextFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@HtmSpringTest
@Import(SignIn.class)
class QuizEditingTest {

	@Autowired
	DraftService drafts;

	@Autowired
	DraftEditing editing;

	@Autowired
	QuizEditing quizzes;

	@Autowired
	DraftPublishing publishing;

	@Autowired
	AccountService accounts;

	@Autowired
	SignIn signIn;

	long draftId;

	QuizDraft quiz;

	@BeforeEach
	void aDraftWithAModuleQuiz() {
		signIn.as(Accounts.instructor(accounts, signIn, "Quiz Writer"));
		draftId = Drafts.publishableCourse(drafts, editing, Accounts.courseId("quiz-course"));
		Draft draft = drafts.open(draftId);
		editing.addQuiz(draftId, draft.outline(), draft.outlineVersion(), 0);
		quiz = quizzes.quiz(draftId, "module-1");
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void questions_are_saved_as_gift_and_read_back_as_written() {
		List<GiftQuestion> questions = List.of(trueFalse("Load test"), choice("Pick one", "1", "0"));

		QuizSave save = quizzes.saveQuestions(draftId, quiz.path(), questions, quiz.version());

		assertThat(save.saved()).isTrue();
		assertThat(save.problems()).isEmpty();
		QuizDraft read = quizzes.quiz(draftId, "module-1");
		assertThat(read.version()).isEqualTo(save.version());
		assertThat(read.questions()).extracting(GiftQuestion::title).containsExactly("Load test", "Pick one");
		assertThat(read.gift()).contains("::Pick one::Which cell chemistry needs a vented charger? {");
	}

	@Test
	void a_question_the_validator_rejects_is_not_saved_and_the_problem_names_its_field() {
		GiftQuestion weightsWrong = new MultipleChoice("Two right", null, "Which two?", TextFormat.MOODLE, "", 0,
				List.of(new Choice("a", new BigDecimal("0.5"), ""), new Choice("b", new BigDecimal("0.4"), ""),
						new Choice("c", BigDecimal.ZERO, "")),
				true, false);

		QuizSave save = quizzes.saveQuestions(draftId, quiz.path(), List.of(trueFalse("Fine"), weightsWrong),
				quiz.version());

		assertThat(save.saved()).isFalse();
		assertThat(save.problems()).extracting(QuestionProblem::question, QuestionProblem::field,
				QuestionProblem::error, QuestionProblem::message)
			.containsExactly(tuple(1, GiftField.ANSWERS, true,
					"the weights of the right choices add up to 90%, not 100% (a question with several right answers "
							+ "has no '=')"));
		assertThat(quizzes.quiz(draftId, "module-1").questions()).isEmpty();
	}

	@Test
	void what_gift_cannot_say_is_refused_at_its_field() {
		GiftQuestion arrow = new Matching("Arrows", null, "Match", TextFormat.MOODLE, "", 0,
				List.of(new Matching.Pair("A -> B", "x"), new Matching.Pair("C", "y")), List.of("z"));

		QuizSave save = quizzes.saveQuestions(draftId, quiz.path(), List.of(arrow), quiz.version());

		assertThat(save.saved()).isFalse();
		assertThat(save.problems()).extracting(QuestionProblem::question, QuestionProblem::field,
				QuestionProblem::index)
			.containsExactly(tuple(0, GiftField.ANSWER, 0));
	}

	@Test
	void pasted_gift_is_added_when_it_reads_without_error_and_located_in_the_pasted_text_when_not() {
		quizzes.saveQuestions(draftId, quiz.path(), List.of(trueFalse("Existing")), quiz.version());
		int version = quizzes.quiz(draftId, "module-1").version();

		QuizSave broken = quizzes.importGift(draftId, quiz.path(), "::A::Fine? {T}\n\n::B::Broken {=yes ~no", version);
		assertThat(broken.saved()).isFalse();
		assertThat(broken.problems()).extracting(QuestionProblem::question, QuestionProblem::line,
				QuestionProblem::column)
			.containsExactly(tuple(-1, 3, 13));

		QuizSave duplicate = quizzes.importGift(draftId, quiz.path(), "::Existing::Again? {F}", version);
		assertThat(duplicate.saved()).isFalse();
		assertThat(duplicate.problems()).extracting(QuestionProblem::question, QuestionProblem::field)
			.containsExactly(tuple(1, GiftField.TITLE));

		QuizSave added = quizzes.importGift(draftId, quiz.path(), """
				$CATEGORY: pasted

				::Pasted one::Is a swollen cell replaced? {TRUE}

				::Pasted two::Unit of capacity? {=mAh =milliampere-hours}""", version);
		assertThat(added.saved()).isTrue();
		assertThat(quizzes.quiz(draftId, "module-1").questions()).extracting(GiftQuestion::title)
			.containsExactly("Existing", "Pasted one", "Pasted two");
	}

	@Test
	void a_quiz_setting_the_validator_rejects_is_placed_on_that_setting() {
		quizzes.saveQuestions(draftId, quiz.path(), List.of(trueFalse("Only one")), quiz.version());
		Draft draft = drafts.open(draftId);
		QuizOutline tooMany = new QuizOutline(quiz.path(),
				new QuizSettings(70, 0, 0, true, true, 3, ReviewPolicy.CORRECT_ANSWERS, GradingMethod.HIGHEST));
		editing.saveOutline(draftId, draft.outline().withModule(0, draft.outline().modules().getFirst().withQuiz(tooMany)),
				draft.outlineVersion());

		PublishResult result = publishing.publish(draftId);

		assertThat(result.outcome()).isEqualTo(ImportOutcome.REJECTED);
		assertThat(result.problems()).filteredOn(DraftProblem::error)
			.extracting(DraftProblem::place, DraftProblem::message)
			.containsExactly(tuple(new ProblemPlace.CourseField("module/0/quiz/draw"),
					"draw 3 is more than the 1 questions in quizzes/module-1.gift"));
	}

	@Test
	void the_check_warns_of_a_giveaway_key_at_its_answer_and_sums_up_the_quiz() {
		GiftQuestion giveaway = new MultipleChoice("Giveaway", null, "Which charger suits a flooded lead-acid battery?",
				TextFormat.MOODLE, "", 0,
				List.of(new Choice("Lithium-ion", BigDecimal.ZERO, "No: wrong chemistry."),
						new Choice("A vented charger with a temperature-compensated float", BigDecimal.ONE,
								"Right: it gasses."),
						new Choice("NiMH", BigDecimal.ZERO, "No: wrong chemistry.")),
				false, false);
		quizzes.saveQuestions(draftId, quiz.path(), List.of(giveaway), quiz.version());

		DraftCheck checked = publishing.review(draftId);

		assertThat(checked.problems()).filteredOn(problem -> problem.message().startsWith("exam quality: "))
			.singleElement()
			.satisfies(problem -> {
				assertThat(problem.error()).isFalse();
				assertThat(problem.place()).isEqualTo(new ProblemPlace.Question(quiz.path(), 0, GiftField.ANSWER, 1));
			});
		assertThat(checked.examQuality().quizzes()).filteredOn(summary -> summary.file().equals(quiz.path()))
			.singleElement()
			.satisfies(summary -> {
				assertThat(summary.singleAnswer()).isEqualTo(1);
				assertThat(summary.keyLongest()).isEqualTo(1);
				assertThat(summary.warnings()).isEqualTo(Map.of(ExamCheck.KEY_LONGEST, 1));
			});
	}

	private static GiftQuestion trueFalse(String title) {
		return new TrueFalse(title, null, "A battery is tested under load.", TextFormat.MOODLE, "", 0, true, "", "");
	}

	private static GiftQuestion choice(String title, String first, String second) {
		return new MultipleChoice(title, null, "Which cell chemistry needs a vented charger?", TextFormat.MOODLE, "",
				0, List.of(new Choice("Flooded lead-acid", new BigDecimal(first), "Right: it gasses."),
						new Choice("Lithium-ion", new BigDecimal(second), "")),
				false, false);
	}

}

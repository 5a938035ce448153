package org.htmacademy.quiz;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.course.content.ReviewPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@HtmSpringTest
class AttemptReviewTest extends QuizServiceTestBase {

	@Override
	void adjustCourse() {
		courses.edit(courseId, "course.yml", "      passMark: 70", "      passMark: 70\n      review: score-only");
	}

	@Test
	void your_answers_policy_shows_each_answer_and_whether_it_was_right_but_not_the_key_or_feedback() {
		AttemptResult exam = answerAllRightAndSubmit(finalExam().quizId());
		assertThat(exam.review()).isEqualTo(ReviewPolicy.YOUR_ANSWERS);
		assertThat(exam.questions()).hasSize(5).allSatisfy(question -> {
			assertThat(question.yourAnswerHtml()).isNotEmpty();
			assertThat(question.outcome()).isEqualTo(Outcome.CORRECT);
			assertThat(question.rightAnswerHtml()).isEmpty();
			assertThat(question.feedback()).isEmpty();
			assertThat(question.generalFeedback()).isEmpty();
		});
	}

	@Test
	void score_only_policy_shows_no_questions() {
		AttemptResult result = answerAllRightAndSubmit(moduleQuiz().quizId());

		assertThat(result.review()).isEqualTo(ReviewPolicy.SCORE_ONLY);
		assertThat(result.questions()).isEmpty();
		assertThat(result.score()).isEqualByComparingTo("100");
	}

}

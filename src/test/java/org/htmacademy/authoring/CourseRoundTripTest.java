package org.htmacademy.authoring;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.course.ImportOutcome;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;
import org.htmacademy.quiz.QuestionScorer;
import org.htmacademy.quiz.Response;
import org.htmacademy.quiz.ScoredResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real course from courses/ exported as a ZIP and imported under a new id is the same course: the same modules,
 * lessons (Markdown and rendered HTML), images, quiz settings and questions, and the same responses score the same.
 */
@HtmSpringTest
@Import(SignIn.class)
class CourseRoundTripTest {

	static final String COURSE = "clinical-systems-integration-hl7-dicom";

	@Autowired
	CourseTransfer transfer;

	@Autowired
	VersionFiles versionFiles;

	@Autowired
	SignIn signIn;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void a_course_exported_and_imported_under_a_new_id_is_the_same_course() {
		signIn.as(Accounts.ADMIN);
		ExportedCourse exported = transfer.exportCourse(COURSE);
		String copy = Accounts.courseId("copy-of-hl7");

		ZipImport imported = transfer.importZip(exported.zip(), copy);

		assertThat(imported.problems()).noneMatch(problem -> problem.contains(": error: "));
		assertThat(imported.outcome()).isEqualTo(ImportOutcome.PUBLISHED);
		long original = liveVersion(COURSE);
		long copied = liveVersion(copy);
		assertThat(versionRow(copied)).isEqualTo(versionRow(original));
		assertThat(rows(copied, MODULES)).isEqualTo(rows(original, MODULES)).isNotEmpty();
		assertThat(lessons(copied)).isEqualTo(lessons(original)).isNotEmpty();
		assertThat(rows(copied, ASSETS)).isEqualTo(rows(original, ASSETS)).isNotEmpty();
		assertThat(rows(copied, QUIZZES)).isEqualTo(rows(original, QUIZZES)).isNotEmpty();
		List<GiftQuestion> originalQuestions = questions(original);
		assertThat(questions(copied)).isEqualTo(originalQuestions).hasSizeGreaterThan(50);
		assertThat(scores(questions(copied))).isEqualTo(scores(originalQuestions));

		ExportedCourse again = transfer.exportCourse(copy);
		Map<String, byte[]> first = CourseZip.read(exported.zip(), CourseZip.Limits.DEFAULT).files();
		Map<String, byte[]> second = CourseZip.read(again.zip(), CourseZip.Limits.DEFAULT).files();
		assertThat(second.keySet()).isEqualTo(first.keySet());
		first.forEach((path, content) -> assertThat(text(second.get(path)).replace(copy, COURSE))
			.as(path)
			.isEqualTo(text(content)));
	}

	static final String MODULES = "select position, slug, title from course_module where course_version_id = ? "
			+ "order by position";

	static final String ASSETS = "select path, content_type, sha2(content, 256) as checksum from course_asset "
			+ "where course_version_id = ? order by path";

	static final String QUIZZES = """
			select m.position as module_position, z.source_file, z.pass_mark, z.attempts_allowed,
			z.time_limit_minutes, z.shuffle_questions, z.shuffle_answers, z.draw_count, z.review_policy,
			z.grading_method from quiz z left join course_module m on m.id = z.module_id
			where z.course_version_id = ? order by z.id""";

	private long liveVersion(String slug) {
		return jdbc.queryForObject("select current_version_id from course where slug = ?", Long.class, slug);
	}

	private Map<String, Object> versionRow(long versionId) {
		return jdbc.queryForMap("""
				select version_label, title, track, level, summary, ce_hours, awards_certificate, requires_lessons,
				requires_final_quiz, objectives, certification_areas, prerequisites, authors, reference_list
				from course_version where id = ?""", versionId);
	}

	private List<Map<String, Object>> rows(long versionId, String sql) {
		return jdbc.queryForList(sql, versionId);
	}

	/** Lesson HTML links images by version id, the one thing that must differ. */
	private List<Map<String, Object>> lessons(long versionId) {
		List<Map<String, Object>> lessons = jdbc.queryForList("""
				select m.position as module_position, l.position, l.slug, l.source_path, l.title, l.markdown, l.html,
				l.word_count from lesson l join course_module m on m.id = l.module_id
				where m.course_version_id = ? order by m.position, l.position""", versionId);
		lessons.forEach(lesson -> lesson.put("html",
				((String) lesson.get("html")).replace("/course-assets/" + versionId + "/", "/course-assets/{v}/")));
		return lessons;
	}

	/** Each question as stored, with its line in the GIFT file set aside: the file is written anew. */
	private List<GiftQuestion> questions(long versionId) {
		return jdbc.queryForList("""
				select q.definition from question q join quiz z on z.id = q.quiz_id
				where z.course_version_id = ? order by z.id, q.position""", String.class, versionId)
			.stream()
			.map(versionFiles::question)
			.map(CourseRoundTripTest::withoutLine)
			.toList();
	}

	/** Every right answer, some wrong ones and the edge cases, scored by the quiz's own scorer. */
	private static List<ScoredResponse> scores(List<GiftQuestion> questions) {
		List<ScoredResponse> scores = new ArrayList<>();
		for (GiftQuestion question : questions) {
			responses(question).forEach(response -> scores.add(QuestionScorer.score(question, response)));
		}
		return scores;
	}

	private static List<Response> responses(GiftQuestion question) {
		List<Response> responses = new ArrayList<>(List.of(Response.EMPTY));
		switch (question) {
			case MultipleChoice q -> {
				for (int i = 0; i < q.choices().size(); i++) {
					responses.add(Response.ChoiceResponse.of(i));
				}
				if (q.multipleAnswers()) {
					responses.add(new Response.ChoiceResponse(
							java.util.stream.IntStream.range(0, q.choices().size()).boxed().toList()));
					responses.add(Response.ChoiceResponse.of(0, 1));
				}
			}
			case TrueFalse _ -> responses.addAll(
					List.of(new Response.TrueFalseResponse(true), new Response.TrueFalseResponse(false)));
			case ShortAnswer q -> {
				q.answers().forEach(a -> responses.add(new Response.TextResponse(a.text())));
				q.answers().forEach(a -> responses.add(new Response.TextResponse(" " + a.text().toUpperCase() + " ")));
				responses.add(new Response.TextResponse("not the answer"));
			}
			case Numerical q -> {
				for (Numerical.Answer a : q.answers()) {
					responses.add(new Response.NumberResponse(a.value().toPlainString()));
					responses.add(new Response.NumberResponse(a.value().add(a.tolerance()).toPlainString()));
					responses.add(new Response.NumberResponse(
							a.value().add(a.tolerance().multiply(BigDecimal.TWO)).add(BigDecimal.ONE).toPlainString()));
				}
				responses.add(new Response.NumberResponse("not a number"));
			}
			case Matching q -> {
				Map<Integer, String> right = new HashMap<>();
				Map<Integer, String> allFirst = new HashMap<>();
				for (int i = 0; i < q.pairs().size(); i++) {
					right.put(i, q.pairs().get(i).answer());
					allFirst.put(i, q.pairs().getFirst().answer());
				}
				responses.add(new Response.MatchingResponse(right));
				responses.add(new Response.MatchingResponse(allFirst));
			}
		}
		return responses;
	}

	static GiftQuestion withoutLine(GiftQuestion question) {
		return switch (question) {
			case MultipleChoice q -> new MultipleChoice(q.title(), q.category(), q.text(), q.textFormat(),
					q.generalFeedback(), 0, q.choices(), q.multipleAnswers(), q.missingWord());
			case TrueFalse q -> new TrueFalse(q.title(), q.category(), q.text(), q.textFormat(), q.generalFeedback(),
					0, q.correctAnswer(), q.feedbackForTrue(), q.feedbackForFalse());
			case ShortAnswer q -> new ShortAnswer(q.title(), q.category(), q.text(), q.textFormat(),
					q.generalFeedback(), 0, q.answers());
			case Numerical q -> new Numerical(q.title(), q.category(), q.text(), q.textFormat(), q.generalFeedback(),
					0, q.answers(), q.otherAnswerFeedback());
			case Matching q -> new Matching(q.title(), q.category(), q.text(), q.textFormat(), q.generalFeedback(), 0,
					q.pairs(), q.distractors());
		};
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}

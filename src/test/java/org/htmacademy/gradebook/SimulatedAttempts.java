package org.htmacademy.gradebook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.htmacademy.course.content.GradingMethod;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;
import org.htmacademy.quiz.AttemptScore;
import org.htmacademy.quiz.Grading;
import org.htmacademy.quiz.QuestionScorer;
import org.htmacademy.quiz.Response;
import org.htmacademy.quiz.ScoredResponse;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.JSON;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import static org.htmacademy.jooq.Tables.APP_USER;
import static org.htmacademy.jooq.Tables.ATTEMPT_SLOT;
import static org.htmacademy.jooq.Tables.COURSE;
import static org.htmacademy.jooq.Tables.COURSE_MODULE;
import static org.htmacademy.jooq.Tables.COURSE_VERSION;
import static org.htmacademy.jooq.Tables.ENROLMENT;
import static org.htmacademy.jooq.Tables.LESSON;
import static org.htmacademy.jooq.Tables.LESSON_COMPLETION;
import static org.htmacademy.jooq.Tables.QUESTION;
import static org.htmacademy.jooq.Tables.QUIZ;
import static org.htmacademy.jooq.Tables.QUIZ_ATTEMPT;
import static org.htmacademy.jooq.Tables.QUIZ_GRADE;
import static org.htmacademy.jooq.Tables.USER_ROLE;

/**
 * Writes finished attempts at a real final exam straight into the database with multi-row inserts, for the
 * benchmark and the instructor's browser journey: learners of varied ability, each question drawn as the quiz draws, answered right more often by
 * stronger learners and on easier questions, sometimes with a plausible wrong answer, sometimes not at all. Every
 * response is scored by the real scorer, so fractions and answers agree.
 */
@Component
public class SimulatedAttempts {

	static final int CHUNK = 2_000;

	private final DSLContext dsl;

	private final QuestionDecoder decoder;

	private final JsonMapper json;

	private final Random random = new Random(20261121L);

	SimulatedAttempts(DSLContext dsl, QuestionDecoder decoder, JsonMapper json) {
		this.dsl = dsl;
		this.decoder = decoder;
		this.json = json;
	}

	/** The live final exam of a course. */
	public long finalExam(String courseId) {
		return dsl.select(QUIZ.ID)
			.from(QUIZ)
			.join(COURSE)
			.on(COURSE.CURRENT_VERSION_ID.eq(QUIZ.COURSE_VERSION_ID))
			.where(COURSE.SLUG.eq(courseId).and(QUIZ.MODULE_ID.isNull()))
			.fetchSingle(r -> r.value1());
	}

	/**
	 * {@code learners} new learners enrolled in the quiz's version, each with between {@code minAttempts} and
	 * {@code maxAttempts} finished attempts, their quiz grades, and some lessons read; returns the number of slots
	 * written.
	 */
	public long write(long quizId, int learners, int minAttempts, int maxAttempts, String emailPrefix) {
		var quiz = dsl.select(QUIZ.COURSE_VERSION_ID, COURSE_VERSION.COURSE_ID, QUIZ.DRAW_COUNT, QUIZ.PASS_MARK,
				QUIZ.GRADING_METHOD)
			.from(QUIZ)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(QUIZ.COURSE_VERSION_ID))
			.where(QUIZ.ID.eq(quizId))
			.fetchSingle();
		Map<Long, GiftQuestion> pool = new HashMap<>();
		Map<Long, Double> difficulty = new HashMap<>();
		dsl.select(QUESTION.ID, QUESTION.DEFINITION).from(QUESTION).where(QUESTION.QUIZ_ID.eq(quizId)).forEach(r -> {
			pool.put(r.value1(), decoder.question(r.value1(), r.value2().data()));
			difficulty.put(r.value1(), random.nextGaussian() * 1.2 - 0.8);
		});
		List<Long> ids = new ArrayList<>(pool.keySet());
		Collections.sort(ids);
		int draw = quiz.value3() == 0 ? ids.size() : quiz.value3();
		LocalDateTime now = LocalDateTime.now().withNano(0);

		long firstUser = nextId(APP_USER.ID);
		var users = dsl.insertInto(APP_USER, APP_USER.ID, APP_USER.EMAIL, APP_USER.PASSWORD_HASH, APP_USER.FULL_NAME,
				APP_USER.CREATED_AT);
		for (int l = 0; l < learners; l++) {
			users = users.values(firstUser + l, "%s-%05d@example.org".formatted(emailPrefix, l), "{noop}not-a-login",
					name(l), now);
		}
		users.execute();
		var roles = dsl.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE);
		for (int l = 0; l < learners; l++) {
			roles = roles.values(firstUser + l, "LEARNER");
		}
		roles.execute();
		long firstEnrolment = nextId(ENROLMENT.ID);
		var enrolments = dsl.insertInto(ENROLMENT, ENROLMENT.ID, ENROLMENT.USER_ID, ENROLMENT.COURSE_ID,
				ENROLMENT.COURSE_VERSION_ID, ENROLMENT.ENROLLED_AT, ENROLMENT.LAST_ACTIVITY_AT);
		for (int l = 0; l < learners; l++) {
			enrolments = enrolments.values(firstEnrolment + l, firstUser + l, quiz.value2(), quiz.value1(),
					now.minusDays(30), now.minusDays(random.nextInt(30)));
		}
		enrolments.execute();

		long attemptId = nextId(QUIZ_ATTEMPT.ID);
		List<Object[]> attempts = new ArrayList<>();
		List<Object[]> slots = new ArrayList<>();
		List<Object[]> grades = new ArrayList<>();
		for (int l = 0; l < learners; l++) {
			double ability = random.nextGaussian();
			int attemptsEach = minAttempts + random.nextInt(maxAttempts - minAttempts + 1);
			List<AttemptScore> scores = new ArrayList<>();
			LocalDateTime lastFinished = null;
			for (int a = 1; a <= attemptsEach; a++, attemptId++) {
				List<Long> drawn = new ArrayList<>(ids);
				Collections.shuffle(drawn, random);
				drawn = drawn.subList(0, draw);
				BigDecimal earned = BigDecimal.ZERO;
				for (int s = 0; s < drawn.size(); s++) {
					long questionId = drawn.get(s);
					GiftQuestion question = pool.get(questionId);
					boolean right = random.nextDouble() < 1 / (1 + Math.exp(difficulty.get(questionId) - ability - 0.3 * a));
					Response response = random.nextDouble() < 0.04 ? Response.EMPTY : respond(question, right);
					ScoredResponse scored = QuestionScorer.score(question, response);
					earned = earned.add(scored.fraction());
					slots.add(new Object[] { attemptId, s + 1, questionId, BigDecimal.ONE,
							response instanceof Response.Unanswered ? null : JSON.json(json.writeValueAsString(response)),
							scored.fraction(), scored.outcome().name() });
				}
				BigDecimal score = earned.multiply(BigDecimal.valueOf(100))
					.divide(BigDecimal.valueOf(drawn.size()), 5, RoundingMode.HALF_UP);
				LocalDateTime started = now.minusDays(attemptsEach - a).minusMinutes(random.nextInt(600));
				lastFinished = started.plusMinutes(5 + random.nextInt(30));
				attempts.add(new Object[] { attemptId, "SIM%023d".formatted(attemptId), quizId, firstUser + l,
						firstEnrolment + l, a, random.nextLong(), "FINISHED", started, lastFinished, "LEARNER", score,
						score.compareTo(BigDecimal.valueOf(quiz.value4())) >= 0 });
				scores.add(AttemptScore.finished(a, score));
			}
			if (!scores.isEmpty()) {
				BigDecimal grade = Grading.grade(GradingMethod.valueOf(quiz.value5()), scores).orElseThrow();
				BigDecimal best = Grading.grade(GradingMethod.HIGHEST, scores).orElseThrow();
				grades.add(new Object[] { quizId, firstUser + l, firstEnrolment + l, grade, best,
						grade.compareTo(BigDecimal.valueOf(quiz.value4())) >= 0, scores.size(), lastFinished });
			}
		}
		insert(QUIZ_ATTEMPT, List.of(QUIZ_ATTEMPT.ID, QUIZ_ATTEMPT.PUBLIC_CODE, QUIZ_ATTEMPT.QUIZ_ID,
				QUIZ_ATTEMPT.USER_ID, QUIZ_ATTEMPT.ENROLMENT_ID, QUIZ_ATTEMPT.ATTEMPT_NUMBER, QUIZ_ATTEMPT.SEED,
				QUIZ_ATTEMPT.STATE, QUIZ_ATTEMPT.STARTED_AT, QUIZ_ATTEMPT.FINISHED_AT, QUIZ_ATTEMPT.FINISHED_BY,
				QUIZ_ATTEMPT.SCORE, QUIZ_ATTEMPT.PASSED), attempts);
		insert(ATTEMPT_SLOT, List.of(ATTEMPT_SLOT.ATTEMPT_ID, ATTEMPT_SLOT.SLOT, ATTEMPT_SLOT.QUESTION_ID,
				ATTEMPT_SLOT.MARK, ATTEMPT_SLOT.RESPONSE, ATTEMPT_SLOT.FRACTION, ATTEMPT_SLOT.OUTCOME), slots);
		insert(QUIZ_GRADE, List.of(QUIZ_GRADE.QUIZ_ID, QUIZ_GRADE.USER_ID, QUIZ_GRADE.ENROLMENT_ID, QUIZ_GRADE.GRADE,
				QUIZ_GRADE.BEST_SCORE, QUIZ_GRADE.PASSED, QUIZ_GRADE.FINISHED_ATTEMPTS, QUIZ_GRADE.LAST_FINISHED_AT),
				grades);
		readLessons(quiz.value1(), firstEnrolment, learners, now);
		return slots.size();
	}

	/** Each learner read the course's lessons in order, up to a point: most of them, some all. */
	private void readLessons(long versionId, long firstEnrolment, int learners, LocalDateTime now) {
		List<Long> lessons = dsl.select(LESSON.ID)
			.from(LESSON)
			.join(COURSE_MODULE)
			.on(COURSE_MODULE.ID.eq(LESSON.MODULE_ID))
			.where(COURSE_MODULE.COURSE_VERSION_ID.eq(versionId))
			.orderBy(COURSE_MODULE.POSITION, LESSON.POSITION)
			.fetch(r -> r.value1());
		List<Object[]> read = new ArrayList<>();
		for (int l = 0; l < learners; l++) {
			int upTo = Math.min(lessons.size(), (int) Math.round(lessons.size() * Math.sqrt(random.nextDouble()) * 1.2));
			for (int i = 0; i < upTo; i++) {
				read.add(new Object[] { firstEnrolment + l, lessons.get(i), now.minusDays(20 - i) });
			}
		}
		insert(LESSON_COMPLETION, List.of(LESSON_COMPLETION.ENROLMENT_ID, LESSON_COMPLETION.LESSON_ID,
				LESSON_COMPLETION.COMPLETED_AT), read);
	}

	private void insert(Table<?> table, List<? extends Field<?>> fields, List<Object[]> rows) {
		for (List<Object[]> chunk : chunks(rows)) {
			InsertValuesStepN<?> insert = dsl.insertInto(table, fields);
			for (Object[] row : chunk) {
				insert = insert.values(row);
			}
			insert.execute();
		}
	}

	private Response respond(GiftQuestion question, boolean right) {
		return switch (question) {
			case MultipleChoice choice -> {
				List<Integer> best = new ArrayList<>();
				List<Integer> wrong = new ArrayList<>();
				for (int i = 0; i < choice.choices().size(); i++) {
					BigDecimal fraction = choice.choices().get(i).fraction();
					(fraction.signum() > 0 && (choice.multipleAnswers() || fraction.compareTo(BigDecimal.ONE) == 0)
							? best : wrong).add(i);
				}
				if (right || wrong.isEmpty()) {
					yield new Response.ChoiceResponse(best);
				}
				yield new Response.ChoiceResponse(List.of(wrong.get(random.nextInt(wrong.size()))));
			}
			case TrueFalse trueFalse -> new Response.TrueFalseResponse(right == trueFalse.correctAnswer());
			case ShortAnswer shortAnswer -> new Response.TextResponse(right ? best(shortAnswer) : pick("not sure",
					"the default gateway", "TCP", "255.255.255.0"));
			case Numerical numerical -> {
				Numerical.Answer answer = numerical.answers()
					.stream()
					.filter(a -> right == (a.fraction().compareTo(BigDecimal.ONE) == 0))
					.findFirst()
					.orElse(null);
				yield new Response.NumberResponse(answer != null ? answer.value().toPlainString()
						: String.valueOf(random.nextInt(1000)));
			}
			case Matching matching -> {
				Map<Integer, String> given = new HashMap<>();
				int n = matching.pairs().size();
				for (int i = 0; i < n; i++) {
					given.put(i, matching.pairs().get(right || random.nextBoolean() ? i : (i + 1) % n).answer());
				}
				yield new Response.MatchingResponse(given);
			}
		};
	}

	private static String best(ShortAnswer question) {
		return question.answers()
			.stream()
			.max(Comparator.comparing(ShortAnswer.Answer::fraction))
			.orElseThrow()
			.text()
			.replace("*", "");
	}

	private String pick(String... options) {
		return options[random.nextInt(options.length)];
	}

	private String name(int learner) {
		String[] first = { "Alex", "Sam", "Jordan", "Priya", "Chen", "Fatima", "Lukas", "Maria", "Kwame", "Aiko" };
		String[] last = { "Garcia", "Okafor", "Novak", "Singh", "Kowalski", "Haddad", "Olsen", "Tanaka", "Reyes" };
		return first[learner % first.length] + " " + last[(learner / first.length) % last.length] + " " + learner;
	}

	private long nextId(TableField<?, Long> id) {
		return dsl.select(DSL.coalesce(DSL.max(id), 0L).plus(1)).from(id.getTable()).fetchSingle().value1();
	}

	private static <T> List<List<T>> chunks(List<T> rows) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += CHUNK) {
			chunks.add(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
		}
		return chunks;
	}

}

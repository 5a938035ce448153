package org.htmacademy.cohort;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.account.UserAccount;
import org.htmacademy.cohort.CohortProgress.CourseProgress;
import org.htmacademy.cohort.CohortProgress.Status;
import org.htmacademy.learning.LearningService;
import org.htmacademy.learning.MyCourse;
import org.htmacademy.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HtmSpringTest
@Import(SignIn.class)
class CohortServiceTest {

	static final String NETWORKING = "med-device-networking-fundamentals";

	static final String DENTAL_WATER = "dental-water-quality-sterility-assurance";

	@Autowired
	CohortService cohorts;

	@Autowired
	LearningService learning;

	@Autowired
	AccountService accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	JdbcTemplate jdbc;

	String teacher;

	long cohortId;

	JoinCode code;

	@BeforeEach
	void anInstructorWithACohort() {
		teacher = instructor("Priya Raman");
		signIn.as(teacher);
		cohortId = cohorts.create("  BMET 201 —   Spring 2027 ");
		cohorts.assignCourse(cohortId, NETWORKING, LocalDate.of(2027, 3, 31));
		cohorts.assignCourse(cohortId, DENTAL_WATER, null);
		code = cohorts.cohort(cohortId).joinCode();
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void a_learner_joins_with_a_valid_code_typed_loosely_and_is_enrolled_in_the_cohorts_courses() {
		CohortDetails cohort = cohorts.cohort(cohortId);
		assertThat(cohort.name()).isEqualTo("BMET 201 — Spring 2027");
		assertThat(code.value()).matches("[0-9A-HJKMNP-TV-Z]{10}");
		assertThat(cohorts.joinLink(code)).endsWith("/join/" + code.grouped());

		signIn.as(learner("Jordan Alvarez"));
		String typed = code.grouped().toLowerCase().replace('0', 'o').replace('1', 'l');
		JoinPreview preview = cohorts.preview(" " + typed + " ");
		assertThat(preview).isInstanceOfSatisfying(JoinPreview.Open.class, open -> {
			assertThat(open.cohortName()).isEqualTo("BMET 201 — Spring 2027");
			assertThat(open.courses()).extracting(CohortDetails.AssignedCourse::courseId)
				.containsExactly(NETWORKING, DENTAL_WATER);
			assertThat(open.courses().getFirst().dueOn()).contains(LocalDate.of(2027, 3, 31));
			assertThat(open.alreadyMember()).isFalse();
		});

		assertThat(cohorts.join(typed)).isEqualTo(cohortId);

		assertThat(learning.myCourses()).extracting(MyCourse::courseId).containsExactlyInAnyOrder(NETWORKING, DENTAL_WATER);
		assertThat(cohorts.myClasses()).singleElement().satisfies(mine -> {
			assertThat(mine.name()).isEqualTo("BMET 201 — Spring 2027");
			assertThat(mine.instructors()).isEqualTo("Priya Raman");
			assertThat(mine.courses()).hasSize(2);
		});
		assertThat(cohorts.preview(code.value())).isInstanceOfSatisfying(JoinPreview.Open.class,
				open -> assertThat(open.alreadyMember()).isTrue());
		assertThat(cohorts.join(code.value())).as("joining twice is harmless").isEqualTo(cohortId);
	}

	@Test
	void an_invalid_code_and_an_expired_code_each_say_so() {
		signIn.as(learner("Jordan Alvarez"));
		assertThat(cohorts.preview("not a code")).isInstanceOf(JoinPreview.Invalid.class);
		assertThat(cohorts.preview("ZZZZZ-ZZZZZ")).isInstanceOf(JoinPreview.Invalid.class);
		assertThatThrownBy(() -> cohorts.join("ZZZZZ-ZZZZZ")).isInstanceOf(CohortException.class)
			.hasMessage("That join code does not belong to any class. Check it with your instructor.");

		signIn.as(teacher);
		CohortDetails cohort = cohorts.cohort(cohortId);
		cohorts.updateSettings(cohortId, cohort.name(), cohorts.today().minusDays(1), cohort.version());

		signIn.as(learner("Late Learner"));
		assertThat(cohorts.preview(code.grouped())).isEqualTo(new JoinPreview.Expired("BMET 201 — Spring 2027"));
		assertThatThrownBy(() -> cohorts.join(code.grouped())).isInstanceOf(CohortException.class)
			.hasMessage("The join code of BMET 201 — Spring 2027 has expired. Ask your instructor for a new code.");
		assertThat(cohorts.myClasses()).isEmpty();

		signIn.as(teacher);
		CohortDetails stale = cohorts.cohort(cohortId);
		cohorts.updateSettings(cohortId, stale.name(), cohorts.today(), stale.version());
		assertThatThrownBy(() -> cohorts.updateSettings(cohortId, "Renamed", null, stale.version()))
			.isInstanceOf(CohortException.class)
			.hasMessageContaining("Someone else changed this cohort");
		signIn.as(learner("On Time Learner"));
		assertThat(cohorts.preview(code.grouped())).as("valid to the end of its last day").isInstanceOf(JoinPreview.Open.class);
	}

	@Test
	void a_regenerated_code_replaces_the_old_one() {
		JoinCode fresh = cohorts.regenerateCode(cohortId);

		signIn.as(learner("Jordan Alvarez"));
		assertThat(fresh).isNotEqualTo(code);
		assertThat(cohorts.preview(code.grouped())).isInstanceOf(JoinPreview.Invalid.class);
		assertThat(cohorts.preview(fresh.grouped())).isInstanceOf(JoinPreview.Open.class);
	}

	@Test
	void learners_outside_the_cohort_and_other_instructors_cannot_see_it_co_instructors_and_admins_can() {
		String member = learner("Member Learner");
		String outsider = learner("Outside Learner");
		String other = instructor("Other Instructor");
		String colleague = instructor("Co Instructor");
		signIn.as(teacher);
		cohorts.addLearner(cohortId, member);

		signIn.as(outsider);
		assertThatThrownBy(() -> cohorts.cohort(cohortId)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> cohorts.progress(cohortId)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> cohorts.myCohorts()).isInstanceOf(AccessDeniedException.class);
		assertThat(cohorts.myClasses()).isEmpty();
		signIn.as(member);
		assertThatThrownBy(() -> cohorts.progress(cohortId)).as("members see their classes, not the class list")
			.isInstanceOf(AccessDeniedException.class);
		assertThat(cohorts.myClasses()).extracting(MyClass::cohortId).containsExactly(cohortId);

		signIn.as(other);
		assertThatThrownBy(() -> cohorts.cohort(cohortId)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> cohorts.progressCsv(cohortId)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> cohorts.addLearner(cohortId, outsider)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> cohorts.cohort(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
		assertThat(cohorts.myCohorts()).extracting(CohortSummary::id).doesNotContain(cohortId);

		signIn.as(teacher);
		assertThatThrownBy(() -> cohorts.addInstructor(cohortId, member)).isInstanceOf(CohortException.class)
			.hasMessageContaining("is not an instructor");
		assertThat(cohorts.addInstructor(cohortId, colleague)).isEqualTo("Co Instructor now teaches this cohort with you.");
		signIn.as(colleague);
		assertThat(cohorts.cohort(cohortId).instructors()).extracting(CohortDetails.Person::name)
			.containsExactly("Priya Raman", "Co Instructor");
		assertThat(cohorts.myCohorts()).extracting(CohortSummary::id).contains(cohortId);
		assertThat(cohorts.progress(cohortId).learners()).extracting(CohortProgress.LearnerProgress::name)
			.containsExactly("Member Learner");

		signIn.as("admin@example.com");
		assertThat(cohorts.myCohorts()).extracting(CohortSummary::id).contains(cohortId);
		assertThat(cohorts.cohort(cohortId).members()).extracting(CohortDetails.Person::name)
			.containsExactly("Member Learner");
	}

	@Test
	void adding_by_email_says_clearly_when_no_account_has_it() {
		String email = learner("Added Learner");

		assertThat(cohorts.addLearner(cohortId, "  " + email.toUpperCase() + " "))
			.isEqualTo("Added Learner was added and enrolled in the cohort's courses.");
		assertThat(cohorts.addLearner(cohortId, email)).isEqualTo("Added Learner is already in this cohort.");
		assertThatThrownBy(() -> cohorts.addLearner(cohortId, "nobody@example.org"))
			.isInstanceOf(CohortException.class)
			.hasMessage("No account has the email nobody@example.org. Ask them to register first (with this email), "
					+ "then add them again.");
		signIn.as(email);
		assertThat(learning.myCourses()).extracting(MyCourse::courseId).containsExactlyInAnyOrder(NETWORKING, DENTAL_WATER);
	}

	@Test
	void progress_shows_lessons_quizzes_skills_and_overdue_work_and_the_csv_is_safe_for_spreadsheets() {
		String reader = learnerStoredBeforeTheNameRule("=HYPERLINK(\"http://evil.example\",\"Zoë, \"\"the\"\" reader\")");
		String idle = learner("Idle Learner");
		cohorts.addLearner(cohortId, reader);
		cohorts.addLearner(cohortId, idle);
		cohorts.assignCourse(cohortId, NETWORKING, cohorts.today().minusDays(1));
		signIn.as(reader);
		learning.markLessonComplete(NETWORKING, "01-devices-on-the-hospital-network");

		signIn.as(teacher);
		CohortProgress progress = cohorts.progress(cohortId);
		assertThat(progress.learners()).hasSize(2);
		CourseProgress readerNetworking = course(progress, "=HYPERLINK", NETWORKING);
		assertThat(readerNetworking.lessonsRead()).isEqualTo(1);
		assertThat(readerNetworking.lessonsTotal()).isGreaterThan(1);
		assertThat(readerNetworking.quizzesTotal()).isGreaterThanOrEqualTo(4);
		assertThat(readerNetworking.status()).isEqualTo(Status.OVERDUE);
		assertThat(course(progress, "Idle", NETWORKING).status()).isEqualTo(Status.OVERDUE);
		CourseProgress idleWater = course(progress, "Idle", DENTAL_WATER);
		assertThat(idleWater.status()).isEqualTo(Status.NOT_STARTED);
		assertThat(idleWater.skillsTotal()).isEqualTo(2);
		assertThat(idleWater.finalExamGrade()).isEmpty();
		assertThat(idleWater.certificate()).isEmpty();

		String csv = new String(cohorts.progressCsv(cohortId), StandardCharsets.UTF_8);
		List<String> lines = List.of(csv.substring(1).split("\r\n", -1));
		assertThat(csv).startsWith("\uFEFFLearner,Email,Course,Due,Status,Lessons read,Lessons total,Quizzes passed,"
				+ "Quizzes total,Final exam grade (%),Final exam passed,Skills signed,Skills total,Certificate\r\n");
		assertThat(lines).hasSize(1 + 4 + 1).last().isEqualTo("");
		assertThat(csv.replace("\r\n", "")).doesNotContain("\n", "\r");
		String overdue = "Medical Device Networking Fundamentals," + cohorts.today().minusDays(1) + ",Overdue,";
		assertThat(lines).anySatisfy(line -> assertThat(line)
			.startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Zoë, \"\"\"\"the\"\"\"\" reader\"\")\"," + reader
					+ "," + overdue + "1,"));
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Idle Learner," + idle + ","
				+ "Dental Unit Water Quality and Sterility Assurance,,Not started,0,12,0,5,,no,0,2,"));
	}

	@Test
	void a_formula_in_any_field_is_neutralised_and_quoting_follows_rfc_4180() {
		assertThat(ProgressCsv.field("=1+1")).isEqualTo("'=1+1");
		assertThat(ProgressCsv.field("+31 20 555")).isEqualTo("'+31 20 555");
		assertThat(ProgressCsv.field("-2")).isEqualTo("'-2");
		assertThat(ProgressCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(ProgressCsv.field("\tx")).isEqualTo("'\tx");
		assertThat(ProgressCsv.field("a,b")).isEqualTo("\"a,b\"");
		assertThat(ProgressCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(ProgressCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(ProgressCsv.field("Zoë Ødegård")).isEqualTo("Zoë Ødegård");
	}

	private static CourseProgress course(CohortProgress progress, String namePrefix, String courseId) {
		return progress.learners()
			.stream()
			.filter(l -> l.name().startsWith(namePrefix))
			.flatMap(l -> l.courses().stream())
			.filter(c -> c.courseId().equals(courseId))
			.findFirst()
			.orElseThrow();
	}

	/** The name rule refuses such a name at entry (PersonName); one stored before it must still export safely. */
	private String learnerStoredBeforeTheNameRule(String name) {
		String email = learner("Legacy Learner");
		jdbc.update("update app_user set full_name = ? where email = ?", name, email);
		return email;
	}

	private String learner(String name) {
		String email = "k-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.register(email, "check the ground pin", name);
		return email;
	}

	private String instructor(String name) {
		String email = learner(name);
		signIn.as("admin@example.com");
		UserAccount account = accounts.findAccounts(email).getFirst();
		accounts.updateAccess(account.id(), Set.of(Role.LEARNER, Role.INSTRUCTOR), true, account.version());
		signIn.out();
		return email;
	}

}

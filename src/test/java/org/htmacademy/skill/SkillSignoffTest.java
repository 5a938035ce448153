package org.htmacademy.skill;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.account.UserAccount;
import org.htmacademy.certificate.CertificateService;
import org.htmacademy.certificate.IssuedCertificate;
import org.htmacademy.certificate.pdf.PdfChecks;
import org.htmacademy.course.CourseFolders;
import org.htmacademy.course.CourseImportCommand;
import org.htmacademy.learning.LearningService;
import org.htmacademy.quiz.QuizAnswers;
import org.htmacademy.quiz.QuizService;
import org.htmacademy.security.Role;
import org.htmacademy.skill.SkillSheet.LearnerSkills;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A course with two hands-on skills: lessons and final exam alone no longer complete it. */
@HtmSpringTest
@Import(SignIn.class)
class SkillSignoffTest {

	static final String SKILLS = """
			skills:
			  - id: protective-earth
			    title: Measures protective earth resistance on a Class I device
			    checklist:
			      - Zeroes the test leads before measuring.
			      - Flexes the power cord along its length while measuring.
			  - id: leakage-record
			    title: Records a leakage test another technician can repeat
			    checklist:
			      - Records the measured value, the limit and the method.
			""";

	static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

	@TempDir
	Path tree;

	@Autowired
	LearningService learning;

	@Autowired
	QuizService quizzes;

	@Autowired
	CertificateService certificates;

	@Autowired
	SkillService skills;

	@Autowired
	CourseImportCommand importer;

	@Autowired
	AccountService accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	DataSource dataSource;

	String courseId;

	String learner;

	String teacher;

	@BeforeEach
	void aLearnerWhoReadTheLessonAndPassedTheExam() {
		CourseFolders courses = new CourseFolders(tree);
		courseId = courses.addCourse("skilled");
		courses.edit(courseId, "course.yml", "  grading: highest\n", "  grading: highest\n" + SKILLS);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		importer.run(tree, new PrintStream(out, true));
		assertThat(out.toString()).contains("PUBLISHED");
		teacher = register("Priya Raman, CHTM");
		long teacherId = grantInstructor(teacher);
		sql().update("INSERT INTO course_instructor (course_id, user_id, assigned_at) "
				+ "SELECT id, ?, NOW(6) FROM course WHERE slug = ?", teacherId, courseId);
		learner = register("Jordan Alvarez");
		signIn.as(learner);
		learning.enrol(courseId);
		learning.markLessonComplete(courseId, "leakage-current");
		passFinalExam();
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void lessons_and_exam_alone_issue_no_certificate_and_signing_every_skill_issues_exactly_one_listing_them()
			throws Exception {
		assertThat(certificates.myCertificates()).as("skills not signed yet").isEmpty();

		signIn.as(teacher);
		SkillSheet sheet = skills.courseSheet(courseId);
		assertThat(sheet.skills()).extracting(SkillSheet.SkillColumn::title)
			.containsExactly("Measures protective earth resistance on a Class I device",
					"Records a leakage test another technician can repeat");
		assertThat(sheet.skills().getFirst().checklist()).hasSize(2);
		LearnerSkills row = rowOf(sheet, "Jordan Alvarez");
		skills.sign(row.enrolmentId(), row.cells().get("protective-earth").skillKey(), MARCH_2, "Good lead technique");
		signIn.as(learner);
		assertThat(certificates.myCertificates()).as("one skill still unsigned").isEmpty();

		signIn.as(teacher);
		skills.sign(row.enrolmentId(), row.cells().get("leakage-record").skillKey(), MARCH_2.plusDays(7), null);

		signIn.as(learner);
		assertThat(certificates.myCertificates()).hasSize(1);
		IssuedCertificate certificate = certificates.myCertificateFor(courseId).orElseThrow();
		assertThat(certificate.signedSkills()).containsExactly(
				"Measures protective earth resistance on a Class I device — signed by Priya Raman, CHTM on 2026-03-02",
				"Records a leakage test another technician can repeat — signed by Priya Raman, CHTM on 2026-03-09");
		String pdf = PdfChecks.text(certificates.pdf(certificate.number())).replaceAll("\\s+", " ");
		assertThat(pdf).contains("Hands-on skills signed off",
				"Records a leakage test another technician can repeat — signed by Priya Raman, CHTM on 2026-03-09");

		signIn.as(teacher);
		SkillSheet after = skills.courseSheet(courseId);
		assertThat(rowOf(after, "Jordan Alvarez").signedCount()).isEqualTo(2);
		assertThat(rowOf(after, "Jordan Alvarez").cells().get("protective-earth").signoff().orElseThrow().note())
			.contains("Good lead technique");
	}

	@Test
	void a_skill_is_signed_once_never_for_a_future_date() {
		signIn.as(teacher);
		LearnerSkills row = rowOf(skills.courseSheet(courseId), "Jordan Alvarez");
		long key = row.cells().get("protective-earth").skillKey();

		assertThatThrownBy(() -> skills.sign(row.enrolmentId(), key, LocalDate.now(ZoneId.of("Pacific/Kiritimati")).plusDays(2), ""))
			.isInstanceOf(SkillSignoffException.class)
			.hasMessage("The sign-off date cannot be in the future.");
		skills.sign(row.enrolmentId(), key, MARCH_2, "");
		assertThatThrownBy(() -> skills.sign(row.enrolmentId(), key, MARCH_2, ""))
			.isInstanceOf(SkillSignoffException.class)
			.hasMessage("“Measures protective earth resistance on a Class I device” is already signed by "
					+ "Priya Raman, CHTM on 2026-03-02.");
	}

	@Test
	void only_the_courses_instructors_instructors_of_the_learners_cohort_and_admins_may_sign() {
		signIn.as(teacher);
		LearnerSkills row = rowOf(skills.courseSheet(courseId), "Jordan Alvarez");
		long earth = row.cells().get("protective-earth").skillKey();
		long record = row.cells().get("leakage-record").skillKey();

		String stranger = register("Stranger Instructor");
		long strangerId = grantInstructor(stranger);
		signIn.as(stranger);
		assertThatThrownBy(() -> skills.sign(row.enrolmentId(), earth, MARCH_2, ""))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> skills.courseSheet(courseId)).isInstanceOf(AccessDeniedException.class);

		long cohortId = cohortWith(strangerId, learner);
		assertThat(rowOf(skills.cohortSheet(cohortId, courseId), "Jordan Alvarez").enrolmentId())
			.isEqualTo(row.enrolmentId());
		skills.sign(row.enrolmentId(), earth, MARCH_2, "Signed in the cohort's lab");

		signIn.as(learner);
		assertThatThrownBy(() -> skills.sign(row.enrolmentId(), record, MARCH_2, ""))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> skills.courseSheet(courseId)).isInstanceOf(AccessDeniedException.class);

		signIn.as("admin@example.com");
		skills.sign(row.enrolmentId(), record, MARCH_2, "");
		assertThat(skills.signableCourses()).extracting(SignableCourse::courseId).contains(courseId);
	}

	private long cohortWith(long instructorId, String memberEmail) {
		long memberId = sql().queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class, memberEmail);
		String code = UUID.randomUUID().toString().substring(0, 10);
		sql().update("INSERT INTO cohort (name, join_code, created_by, created_at) VALUES ('Lab group', ?, ?, NOW(6))",
				code, instructorId);
		long cohortId = sql().queryForObject("SELECT id FROM cohort WHERE join_code = ?", Long.class, code);
		sql().update("INSERT INTO cohort_instructor (cohort_id, user_id, added_at) VALUES (?, ?, NOW(6))", cohortId,
				instructorId);
		sql().update("INSERT INTO cohort_member (cohort_id, user_id, joined_at) VALUES (?, ?, NOW(6))", cohortId,
				memberId);
		sql().update("INSERT INTO cohort_course (cohort_id, course_id) SELECT ?, id FROM course WHERE slug = ?",
				cohortId, courseId);
		return cohortId;
	}

	private static LearnerSkills rowOf(SkillSheet sheet, String name) {
		List<LearnerSkills> rows = sheet.learners().stream().filter(r -> r.learnerName().equals(name)).toList();
		assertThat(rows).hasSize(1);
		return rows.getFirst();
	}

	private void passFinalExam() {
		QuizAnswers.passFinalExam(quizzes, courseId);
	}

	private long grantInstructor(String email) {
		signIn.as("admin@example.com");
		UserAccount account = accounts.findAccounts(email).getFirst();
		accounts.updateAccess(account.id(), Set.of(Role.LEARNER, Role.INSTRUCTOR), true, account.version());
		signIn.out();
		return account.id();
	}

	private String register(String name) {
		String email = "s-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.register(email, "check the ground pin", name);
		return email;
	}

	private JdbcTemplate sql() {
		return new JdbcTemplate(dataSource);
	}

}

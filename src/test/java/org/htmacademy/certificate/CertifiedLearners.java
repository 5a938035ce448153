package org.htmacademy.certificate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.account.UserAccount;
import org.htmacademy.course.CourseFolders;
import org.htmacademy.course.CourseImportCommand;
import org.htmacademy.learning.LearningService;
import org.htmacademy.quiz.QuizAnswers;
import org.htmacademy.quiz.QuizService;
import org.htmacademy.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learners who completed a copy of the guide's example course (one lesson, a final exam) through the services, so
 * that certificate pages have certificates to show. Tests @Import it together with SignIn. Leaves nobody signed in.
 */
public class CertifiedLearners {

	public static final String PASSWORD = "check the ground pin";

	public static final String LESSON = "leakage-current";

	public record Certified(String email, IssuedCertificate certificate) {
	}

	private final CourseImportCommand importer;

	private final AccountService accounts;

	private final LearningService learning;

	private final QuizService quizzes;

	private final CertificateService certificates;

	private final SignIn signIn;

	private final JdbcTemplate sql;

	CertifiedLearners(CourseImportCommand importer, AccountService accounts, LearningService learning,
			QuizService quizzes, CertificateService certificates, SignIn signIn, DataSource dataSource) {
		this.importer = importer;
		this.accounts = accounts;
		this.learning = learning;
		this.quizzes = quizzes;
		this.certificates = certificates;
		this.signIn = signIn;
		this.sql = new JdbcTemplate(dataSource);
	}

	/** Imports a new copy of the guide course from a folder under {@code tree}; returns its id. */
	public String newCourse(Path tree) {
		String courseId = new CourseFolders(tree).addCourse("certified");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		importer.run(tree, new PrintStream(out, true));
		assertThat(out.toString()).contains("PUBLISHED");
		return courseId;
	}

	/** A new learner enrolled in the course, who has read nothing yet. */
	public String enrolled(String courseId, String fullName) {
		String email = register(fullName);
		signIn.as(email);
		learning.enrol(courseId);
		signIn.out();
		return email;
	}

	/** A new learner who completed the course and so holds its certificate. */
	public Certified certified(String courseId, String fullName) {
		String email = register(fullName);
		return new Certified(email, completes(email, courseId));
	}

	/** An existing learner completes another course; returns its certificate. */
	public IssuedCertificate completes(String email, String courseId) {
		signIn.as(email);
		learning.enrol(courseId);
		passFinalExam(courseId);
		learning.markLessonComplete(courseId, LESSON);
		IssuedCertificate certificate = certificates.myCertificateFor(courseId).orElseThrow();
		signIn.out();
		return certificate;
	}

	/** As the signed-in learner. */
	public void passFinalExam(String courseId) {
		QuizAnswers.passFinalExam(quizzes, courseId);
	}

	public String register(String fullName) {
		String email = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.register(email, PASSWORD, fullName);
		return email;
	}

	/** Gives the account the instructor role and assigns it to the course. */
	public void teaches(String email, String courseId) {
		signIn.as("admin@example.com");
		UserAccount account = accounts.findAccounts(email).getFirst();
		accounts.updateAccess(account.id(), Set.of(Role.LEARNER, Role.INSTRUCTOR), true, account.version());
		signIn.out();
		sql.update("INSERT INTO course_instructor (course_id, user_id, assigned_at) SELECT id, ?, NOW(6) FROM course "
				+ "WHERE slug = ?", account.id(), courseId);
	}

	/** Renames the learner, as they would on their profile, e.g. after a legal name change. */
	public void renames(String email, String newName) {
		signIn.as(email);
		accounts.changeMyName(newName);
		signIn.out();
	}

}

package org.htmacademy.gradebook;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.account.UserAccount;
import org.htmacademy.course.CourseFolders;
import org.htmacademy.course.CourseImportCommand;
import org.htmacademy.learning.LearningService;
import org.htmacademy.quiz.QuizService;
import org.htmacademy.quiz.QuizStatus;
import org.htmacademy.security.Role;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People and a course for gradebook tests: copies of the authoring guide's example course under new ids, learners,
 * and instructors made by the demo administrator. Every name is new, since all tests share one database.
 */
@Component
@Import(SignIn.class)
public class Classroom {

	public static final String ADMIN = "admin@example.com";

	static final String PASSWORD = "check the ground pin";

	private final AccountService accounts;

	private final CourseImportCommand importer;

	private final InstructorAssignmentService assignments;

	private final LearningService learning;

	private final QuizService quizzes;

	private final SignIn signIn;

	private final JdbcTemplate jdbc;

	Classroom(AccountService accounts, CourseImportCommand importer, InstructorAssignmentService assignments,
			LearningService learning, QuizService quizzes, SignIn signIn, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.importer = importer;
		this.assignments = assignments;
		this.learning = learning;
		this.quizzes = quizzes;
		this.signIn = signIn;
	}

	/** A new copy of the example course, imported; returns its id. */
	public String importCourse(CourseFolders tree) {
		String courseId = tree.addCourse("gradebook");
		assertThat(runImport(tree.root())).contains(courseId).contains("PUBLISHED");
		return courseId;
	}

	public String runImport(Path root) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		importer.run(root, new PrintStream(out, true));
		return out.toString();
	}

	public String learner(String fullName) {
		String email = fullName.toLowerCase().replaceAll("[^a-z]+", ".") + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@example.org";
		accounts.register(email, PASSWORD, fullName);
		return email;
	}

	/**
	 * A learner whose name was stored before the name rule, which now refuses it at entry (e.g. one starting with
	 * "="): exports must still handle such names safely.
	 */
	public String learnerStoredBeforeTheNameRule(String fullName) {
		String email = learner("Legacy Learner");
		jdbc.update("update app_user set full_name = ? where email = ?", fullName, email);
		return email;
	}

	/** A new account holding the instructor role, teaching nothing yet. */
	public String instructor(String fullName) {
		String email = learner(fullName);
		asAdmin(() -> {
			UserAccount account = accounts.findAccounts(email).getFirst();
			return accounts.updateAccess(account.id(), EnumSet.of(Role.INSTRUCTOR), true, account.version());
		});
		return email;
	}

	public long userId(String email) {
		return asAdmin(() -> accounts.findAccounts(email).getFirst().id());
	}

	public void assign(String courseId, String instructorEmail) {
		long id = userId(instructorEmail);
		asAdmin(() -> {
			assignments.assign(courseId, id);
			return null;
		});
	}

	/** Signs the learner in and enrols them; they stay signed in. */
	public void enrol(String learnerEmail, String courseId) {
		signIn.as(learnerEmail);
		learning.enrol(courseId);
	}

	/** The signed-in learner's final exam of their version. */
	public long finalExam(String courseId) {
		return quizzes.quizzesOf(courseId).stream().filter(QuizStatus::finalExam).findFirst().orElseThrow().quizId();
	}

	public long moduleQuiz(String courseId) {
		return quizzes.quizzesOf(courseId).stream().filter(q -> !q.finalExam()).findFirst().orElseThrow().quizId();
	}

	public <T> T asAdmin(Supplier<T> work) {
		signIn.as(ADMIN);
		try {
			return work.get();
		}
		finally {
			signIn.out();
		}
	}

}

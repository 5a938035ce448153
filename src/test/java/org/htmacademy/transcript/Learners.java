package org.htmacademy.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.UUID;

import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.certificate.CertificateService;
import org.htmacademy.certificate.IssuedCertificate;
import org.htmacademy.course.CourseFolders;
import org.htmacademy.course.CourseImportCommand;
import org.htmacademy.learning.LearningService;
import org.htmacademy.quiz.QuizAnswers;
import org.htmacademy.quiz.QuizService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;

/** New learners for transcript tests, and a certificate earned the real way: the guide's course, completed. */
@TestComponent
public class Learners {

	@Autowired
	AccountService accounts;

	@Autowired
	CourseImportCommand importer;

	@Autowired
	LearningService learning;

	@Autowired
	QuizService quizzes;

	@Autowired
	CertificateService certificates;

	@Autowired
	SignIn signIn;

	/** Registers a learner and signs them in; returns their e-mail address. */
	public String signInNew(String name) {
		String email = "t-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.register(email, "check the ground pin", name);
		signIn.as(email);
		return email;
	}

	/** The signed-in learner completes a fresh copy of the guide's course (0.25 contact hours) and is certified. */
	public IssuedCertificate completeACourse(Path tree) {
		String courseId = new CourseFolders(tree).addCourse("transcript");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		importer.run(tree, new PrintStream(out, true));
		assertThat(out.toString()).contains("PUBLISHED");
		learning.enrol(courseId);
		learning.markLessonComplete(courseId, "leakage-current");
		QuizAnswers.passFinalExam(quizzes, courseId);
		return certificates.myCertificateFor(courseId).orElseThrow();
	}

}

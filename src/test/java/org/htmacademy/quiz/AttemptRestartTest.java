package org.htmacademy.quiz;

import java.io.IOException;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.htmacademy.HtmAcademyApplication;
import org.htmacademy.HtmSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner answers, the application goes away (its sessions, caches and memory with it), and a freshly started
 * application on the same database resumes the attempt exactly where it was.
 */
@HtmSpringTest
class AttemptRestartTest extends QuizServiceTestBase {

	@Autowired
	HikariDataSource dataSource;

	@Test
	void answers_saved_before_a_restart_are_there_after_it_and_the_attempt_resumes_where_it_was() {
		AttemptSheet before = quizzes.startOrResume(finalExam().quizId());
		for (SheetQuestion question : before.questions().subList(0, 3)) {
			quizzes.saveAnswer(before.code(), question.slot(), QuizAnswers.right(question));
		}
		quizzes.moveTo(before.code(), 4);
		signIn.out();

		try (ConfigurableApplicationContext restarted = restartedApplication()) {
			UserDetails user = restarted.getBean(UserDetailsService.class).loadUserByUsername(learner);
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));

			AttemptSheet after = restarted.getBean(QuizService.class).resume(before.code());

			assertThat(after.questions()).isEqualTo(before.questions().stream()
				.map(q -> q.slot() <= 3 ? withAnswer(q, QuizAnswers.right(q)) : q)
				.toList());
			assertThat(after.currentSlot()).isEqualTo(4);
			assertThat(after.deadline()).isEqualTo(before.deadline());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private ConfigurableApplicationContext restartedApplication() {
		return new SpringApplicationBuilder(HtmAcademyApplication.class).web(WebApplicationType.NONE)
			.initializers(context -> context.getBeanFactory().registerSingleton("onlyApplicationClasses",
					new OnlyApplicationClasses()))
			.properties(Map.of("spring.autoconfigure.exclude",
					"com.vaadin.flow.spring.SpringBootAutoConfiguration,"
							+ "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
							+ "com.vaadin.flow.spring.VaadinScopesConfig",
					"spring.datasource.url", dataSource.getJdbcUrl(), "spring.datasource.username",
					dataSource.getUsername(), "spring.datasource.password",
					java.util.Objects.requireNonNullElse(dataSource.getPassword(), ""), "htm.courses.import-on-start",
					"false",
					"htm.quiz.overdue-check", "PT1000H"))
			.run();
	}

	/** The restarted app is the app: test helpers that are components must not join it. */
	static final class OnlyApplicationClasses extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURL().toString().contains("/test-classes/");
		}

	}

	private static SheetQuestion withAnswer(SheetQuestion question, Response answer) {
		return new SheetQuestion(question.slot(), question.kind(), question.textHtml(), question.choicesHtml(),
				question.itemsHtml(), question.answerOptions(), answer);
	}

}

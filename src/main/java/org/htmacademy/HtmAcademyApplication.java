package org.htmacademy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.htmacademy.course.CourseImportCommand;
import org.htmacademy.course.content.CourseValidatorCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the web app, or one of two commands: {@code validate <folder>} checks course files without a
 * database; {@code import <folder>} imports them into the configured database and exits.
 */
@SpringBootApplication
public class HtmAcademyApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("validate")) {
			System.exit(CourseValidatorCommand.run(List.of(args), System.out));
		}
		if (args.length > 0 && args[0].equals("import")) {
			System.exit(importCourses(args));
		}
		try {
			SpringApplication.run(HtmAcademyApplication.class, args);
		}
		catch (Throwable failure) {
			// Spring has logged why; without an explicit exit, non-daemon threads (the embedded MariaDB's process
			// watchers, executors) would keep a dead app's JVM and database running. The exit runs the shutdown
			// hook that stops the embedded MariaDB.
			System.err.println("HTM Academy did not start: " + rootMessage(failure));
			System.exit(1);
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}

	private static int importCourses(String[] args) {
		if (args.length != 2) {
			System.err.println("usage: import <courses folder>");
			return 2;
		}
		SpringApplication app = new SpringApplication(HtmAcademyApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		// no web server, so none of Vaadin's web configuration either
		app.setDefaultProperties(Map.of("spring.autoconfigure.exclude", String.join(",",
				"com.vaadin.flow.spring.SpringBootAutoConfiguration",
				"com.vaadin.flow.spring.SpringSecurityAutoConfiguration", "com.vaadin.flow.spring.VaadinScopesConfig")));
		try (ConfigurableApplicationContext context = app.run("--htm.courses.import-on-start=false")) {
			return context.getBean(CourseImportCommand.class).run(Path.of(args[1]), System.out);
		}
		catch (RuntimeException ex) {
			System.err.println("Import failed: " + ex.getMessage());
			return 1;
		}
	}

}

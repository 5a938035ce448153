package org.htmacademy.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A tree of realistic courses written for the import benchmark: each with 4 modules of 2 lessons of about 700
 * words, a 6-question quiz per module and a final pool of 26 drawn 20 at a time, so 100 courses hold 5,000
 * questions. They claim 1.25 CE hours: about 5,500 words (37 minutes) and 44 questions presented (44 minutes) support
 * 1.25 under docs/ce-hours.md.
 */
final class GeneratedCourses {

	static final int MODULES = 4;

	static final int LESSONS_PER_MODULE = 2;

	static final int MODULE_QUESTIONS = 6;

	static final int FINAL_POOL = 26;

	static final int QUESTIONS_PER_COURSE = MODULES * MODULE_QUESTIONS + FINAL_POOL;

	private static final List<String> TRACKS = List.of("networking", "cybersecurity", "dental", "imaging");

	private static final String SVG = """
			<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">
			  <title>Device, network segment and systems</title>
			  <rect x="10" y="10" width="60" height="40" fill="none" stroke="black"/>
			  <path d="M70 30 H150 V90" fill="none" stroke="teal"/>
			</svg>
			""";

	private GeneratedCourses() {
	}

	/** Writes {@code count} courses with ids {@code prefix-c001}…; every fifth starts a prerequisite chain. */
	static void write(Path root, String prefix, int count) {
		for (int c = 1; c <= count; c++) {
			String id = "%s-c%03d".formatted(prefix, c);
			String prerequisite = c % 5 == 1 ? null : "%s-c%03d".formatted(prefix, c - 1);
			writeCourse(root.resolve(id), id, c, prerequisite, new Random(c));
		}
	}

	private static void writeCourse(Path folder, String id, int number, String prerequisite, Random random) {
		StringBuilder modules = new StringBuilder();
		for (int m = 1; m <= MODULES; m++) {
			modules.append("  - id: module-").append(m).append("\n    title: Module ").append(m)
				.append(" of course ").append(number).append("\n    lessons:\n");
			for (int l = 1; l <= LESSONS_PER_MODULE; l++) {
				String lesson = "m%d-l%d".formatted(m, l);
				modules.append("      - lessons/").append(lesson).append(".md\n");
				String image = m == 1 && l == 1 ? "../images/device-network.svg" : null;
				write(folder.resolve("lessons/" + lesson + ".md"),
						GeneratedLesson.markdown("Lesson %d.%d of course %d".formatted(m, l, number), random, image));
			}
			modules.append("    quiz:\n      file: quizzes/module-").append(m).append(".gift\n      passMark: 70\n");
			write(folder.resolve("quizzes/module-" + m + ".gift"),
					GeneratedQuestions.gift("module-" + m, "Module " + m, MODULE_QUESTIONS, random));
		}
		write(folder.resolve("quizzes/final-exam.gift"),
				GeneratedQuestions.gift("final", "Final", FINAL_POOL, random));
		write(folder.resolve("images/device-network.svg"), SVG);
		write(folder.resolve("course.yml"), """
				id: %s
				title: "Generated course %d for the import benchmark"
				version: 1.0.0
				track: %s
				level: introductory
				summary: >
				  A generated course with the shape of a real one, used to measure the course import.
				objectives:
				  - Explain why leakage current is limited on patient-connected equipment.
				  - Record a safety test so that another technician can repeat it.
				ceHours: 1.25
				certificationAreas:
				  - certification: CBET
				    domains: [Medical device networking]
				prerequisites: [%s]
				authors:
				  - name: Import benchmark
				references:
				  - "IEC 80001-1:2021, Application of risk management for IT-networks incorporating medical devices"
				completion:
				  lessonsRead: true
				  finalQuizPassed: true
				certificate: true
				modules:
				%sfinalQuiz:
				  file: quizzes/final-exam.gift
				  passMark: 80
				  attempts: 3
				  timeLimitMinutes: 40
				  draw: 20
				  review: your-answers
				""".formatted(id, number, TRACKS.get(number % TRACKS.size()),
				prerequisite == null ? "" : prerequisite, modules));
	}

	private static void write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

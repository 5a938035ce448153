package org.htmacademy.course.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code validate <path>}: checks the course tree, or one course folder, and prints every problem as
 * {@code file:line:column: error|warning: message}, the exam-quality summary of each course with quizzes and of each
 * of its quizzes, and a summary line.
 */
public final class CourseValidatorCommand {

	static final String USAGE = "usage: validate <courses folder or one course folder>";

	private CourseValidatorCommand() {
	}

	/** @return 0 without errors, 1 with errors, 2 for a usage error */
	public static int run(List<String> args, PrintStream out) {
		if (args.size() != 2 || !args.getFirst().equals("validate")) {
			out.println(USAGE);
			return 2;
		}
		Path path = Path.of(args.get(1));
		boolean oneCourse = Files.isRegularFile(path.resolve(CourseLoader.COURSE_FILE));
		CourseTree tree = oneCourse ? new CourseTreeLoader().loadOne(path) : new CourseTreeLoader().load(path);
		int checked = oneCourse ? 1 : CourseTreeLoader.courseFolders(path).size();
		tree.problems().forEach(out::println);
		for (CourseExamQuality course : tree.examQuality()) {
			if (!course.quizzes().isEmpty()) {
				out.println("exam quality, " + course.summary());
				course.quizzes().forEach(quiz -> out.println("  quiz " + quiz.summary()));
			}
		}
		int valid = tree.valid().size();
		out.println(count(checked, "course") + " checked: " + valid + " valid, " + (checked - valid)
				+ " with errors; " + count(tree.errorCount(), "error") + ", " + count(tree.warningCount(), "warning"));
		return tree.hasErrors() ? 1 : 0;
	}

	private static String count(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

}

package org.htmacademy.authoring;

import java.util.Map;
import java.util.Optional;

import org.htmacademy.course.content.ContentProblem;
import org.htmacademy.course.gift.GiftParser;
import org.htmacademy.course.gift.GiftWriter;

/**
 * Maps the validator's {@code file:line:column} back to the place on screen. The draft's course.yml and quiz files
 * were written by {@link CourseYamlWriter} and {@link GiftWriter}, so writing them again tells which field or
 * question each line holds; a file written otherwise keeps its problems at file level.
 */
final class ProblemPlaces {

	private final CourseOutline outline;

	private final Map<String, String> texts;

	ProblemPlaces(CourseOutline outline, Map<String, String> texts) {
		this.outline = outline;
		this.texts = texts;
	}

	DraftProblem place(ContentProblem problem) {
		String file = problem.file().toString().replace('\\', '/');
		return new DraftProblem(file.isEmpty() ? DraftPaths.COURSE_FILE : file, problem.line(), problem.column(),
				problem.isError(), problem.message(), place(file, problem.line(), problem.column()));
	}

	private ProblemPlace place(String file, int line, int column) {
		if (file.isEmpty() || file.equals(DraftPaths.COURSE_FILE)) {
			return courseField(line);
		}
		if (outline.lessonFiles().contains(file)) {
			return new ProblemPlace.Lesson(file);
		}
		if (file.endsWith(".gift") && texts.containsKey(file)) {
			return question(file, line, column);
		}
		return new ProblemPlace.File(file);
	}

	private ProblemPlace courseField(int line) {
		CourseYaml written = CourseYamlWriter.write(outline);
		Optional<String> field = written.text().equals(texts.get(DraftPaths.COURSE_FILE)) ? written.fieldAt(line)
				: Optional.empty();
		return field.<ProblemPlace>map(ProblemPlace.CourseField::new)
			.orElseGet(() -> new ProblemPlace.File(DraftPaths.COURSE_FILE));
	}

	private ProblemPlace question(String file, int line, int column) {
		String stored = texts.get(file);
		GiftWriter.Written written = new GiftWriter().write(new GiftParser().parse(stored, file).questions());
		if (!written.text().equals(stored)) {
			return new ProblemPlace.File(file);
		}
		return written.partAt(line, column)
			.<ProblemPlace>map(part -> new ProblemPlace.Question(file, part.question(), part.field(), part.index()))
			.orElseGet(() -> new ProblemPlace.File(file));
	}

}

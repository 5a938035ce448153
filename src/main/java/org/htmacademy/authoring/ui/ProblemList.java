package org.htmacademy.authoring.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.htmacademy.authoring.CourseOutline;
import org.htmacademy.authoring.DraftPaths;
import org.htmacademy.authoring.DraftProblem;
import org.htmacademy.authoring.ProblemPlace;
import org.htmacademy.course.gift.GiftField;

/** The validator's findings for a whole draft, each said in the words of the screens, not of the files. */
class ProblemList extends Div {

	final Paragraph summary = new Paragraph();

	final UnorderedList items = new UnorderedList();

	final ExamQualitySummary examQuality = new ExamQualitySummary();

	private Consumer<DraftProblem> selected = problem -> {
	};

	ProblemList() {
		addClassName("problem-list");
		setId("draft-problems");
		summary.setId("problem-summary");
		add(new H2("Check"), summary, items, examQuality);
		setVisible(false);
	}

	void show(List<DraftProblem> problems, CourseOutline outline) {
		setVisible(true);
		items.removeAll();
		long errors = problems.stream().filter(DraftProblem::error).count();
		long warnings = problems.size() - errors;
		summary.setText(errors == 0 && warnings == 0 ? "No problems: the course can be published."
				: count(errors, "error") + ", " + count(warnings, "warning")
						+ (errors > 0 ? ". Errors must be fixed before the course can be published." : "."));
		summary.getElement().setAttribute("theme", errors > 0 ? "error" : "success");
		for (DraftProblem problem : problems) {
			ListItem item = new ListItem(line(problem, outline));
			item.addClickListener(e -> selected.accept(problem));
			item.addClassName("selectable");
			items.add(item);
		}
	}

	/** Told when the author clicks a problem, to take them to it. */
	void onSelect(Consumer<DraftProblem> listener) {
		selected = listener;
	}

	/** One problem, where it is and what is wrong, marked as an error or a warning. */
	static Component line(DraftProblem problem, CourseOutline outline) {
		Span severity = new Span(problem.error() ? "Error" : "Warning");
		severity.addClassNames("badge", problem.error() ? "badge-error" : "badge-warning");
		Span where = new Span(where(problem, outline) + ": ");
		where.addClassName("problem-where");
		Div line = new Div(severity, where, new Span(problem.message()));
		line.addClassName("problem-line");
		line.setTitle(problem.toString());
		return line;
	}

	/** Messages for outline fields, by key, for the forms to show on their fields. */
	static Map<String, List<String>> byField(List<DraftProblem> problems) {
		Map<String, List<String>> messages = new LinkedHashMap<>();
		for (DraftProblem problem : problems) {
			if (problem.place() instanceof ProblemPlace.CourseField field) {
				messages.computeIfAbsent(field.key(), key -> new ArrayList<>()).add(problem.message());
			}
		}
		return messages;
	}

	static String where(DraftProblem problem, CourseOutline outline) {
		return switch (problem.place()) {
			case ProblemPlace.CourseField field -> field(field.key());
			case ProblemPlace.Lesson lesson -> "Lesson " + DraftPaths.lessonId(lesson.path()) + ", line "
					+ problem.line();
			case ProblemPlace.Question question -> "Quiz " + DraftPaths.quizId(question.path()) + ", question "
					+ (question.question() + 1) + part(question.field(), question.index());
			case ProblemPlace.File file -> file.path() + ", line " + problem.line();
		};
	}

	static String part(GiftField field, int index) {
		if (field == null) {
			return "";
		}
		return switch (field) {
			case ANSWER -> ", answer " + (index + 1);
			case FEEDBACK -> ", feedback of answer " + (index + 1);
			case DISTRACTOR -> ", extra answer " + (index + 1);
			case GENERAL_FEEDBACK -> ", general feedback";
			case FEEDBACK_FOR_TRUE -> ", feedback for true";
			case FEEDBACK_FOR_FALSE -> ", feedback for false";
			case OTHER_FEEDBACK -> ", feedback for other answers";
			case ANSWERS -> ", answers";
			default -> ", " + field.name().toLowerCase(Locale.ROOT);
		};
	}

	/** "module/1/quiz/draw" reads "Module 2 quiz, draw". */
	static String field(String key) {
		String[] parts = key.split("/");
		if (parts[0].equals("module") && parts.length >= 3) {
			String module = "Module " + (Integer.parseInt(parts[1]) + 1);
			return switch (parts[2]) {
				case "lesson" -> module + ", lesson " + (Integer.parseInt(parts[3]) + 1);
				case "quiz" -> module + " quiz" + (parts.length > 3 ? ", " + parts[3] : "");
				default -> module + ", " + parts[2];
			};
		}
		if (parts[0].equals("finalQuiz")) {
			return "Final exam" + (parts.length > 1 ? ", " + parts[1] : "");
		}
		return "Course details, " + FIELD_LABELS.getOrDefault(key, key);
	}

	private static final Map<String, String> FIELD_LABELS = Map.ofEntries(Map.entry("id", "course id"),
			Map.entry("title", "title"), Map.entry("version", "version label"), Map.entry("track", "track"),
			Map.entry("level", "level"), Map.entry("summary", "summary"), Map.entry("objectives", "learning objectives"),
			Map.entry("ceHours", "CE contact hours"), Map.entry("certificationAreas", "certification areas"),
			Map.entry("prerequisites", "prerequisites"), Map.entry("authors", "authors"),
			Map.entry("references", "references"), Map.entry("completion", "completion"),
			Map.entry("certificate", "certificate"), Map.entry("modules", "modules"),
			Map.entry("minimumSeatMinutes", "minimum seat time"));

	private static String count(long n, String what) {
		return n + " " + what + (n == 1 ? "" : "s");
	}

}

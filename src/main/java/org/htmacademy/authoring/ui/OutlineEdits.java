package org.htmacademy.authoring.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.htmacademy.authoring.CourseOutline;
import org.htmacademy.authoring.CourseOutline.ModuleOutline;

/** Moves and removals in an outline: new outlines, the old one untouched. */
final class OutlineEdits {

	private OutlineEdits() {
	}

	static CourseOutline moveModule(CourseOutline outline, int module, int by) {
		List<ModuleOutline> modules = new ArrayList<>(outline.modules());
		Collections.swap(modules, module, module + by);
		return outline.withModules(modules);
	}

	static CourseOutline removeModule(CourseOutline outline, int module) {
		List<ModuleOutline> modules = new ArrayList<>(outline.modules());
		modules.remove(module);
		return outline.withModules(modules);
	}

	/** A module with an id no other module has, and no lesson yet. */
	static CourseOutline addModule(CourseOutline outline) {
		List<ModuleOutline> modules = new ArrayList<>(outline.modules());
		int number = modules.size() + 1;
		while (hasId(outline, "module-" + number)) {
			number++;
		}
		modules.add(new ModuleOutline("module-" + number, "Module " + number, List.of(), null));
		return outline.withModules(modules);
	}

	static CourseOutline moveLesson(CourseOutline outline, int module, int lesson, int by) {
		List<String> lessons = new ArrayList<>(outline.modules().get(module).lessons());
		Collections.swap(lessons, lesson, lesson + by);
		return outline.withModule(module, outline.modules().get(module).withLessons(lessons));
	}

	static CourseOutline removeLesson(CourseOutline outline, int module, int lesson) {
		List<String> lessons = new ArrayList<>(outline.modules().get(module).lessons());
		lessons.remove(lesson);
		return outline.withModule(module, outline.modules().get(module).withLessons(lessons));
	}

	/** Without a final exam, passing one can no longer be a completion rule. */
	static CourseOutline removeQuiz(CourseOutline outline, int module) {
		if (module >= 0) {
			return outline.withModule(module, outline.modules().get(module).withQuiz(null));
		}
		return completion(outline.withFinalQuiz(null), false);
	}

	/** With a final exam, learners complete the course by passing it. */
	static CourseOutline requireFinalExam(CourseOutline outline) {
		return completion(outline, true);
	}

	private static CourseOutline completion(CourseOutline o, boolean finalQuizPassed) {
		return new CourseOutline(o.id(), o.title(), o.version(), o.track(), o.level(), o.summary(), o.objectives(),
				o.ceHours(), o.certificationAreas(), o.prerequisites(), o.authors(), o.references(), o.lessonsRead(),
				finalQuizPassed, o.certificate(), o.modules(), o.finalQuiz(), o.minimumSeatMinutes());
	}

	private static boolean hasId(CourseOutline outline, String id) {
		return outline.modules().stream().anyMatch(module -> module.id().equals(id));
	}

}

package org.htmacademy.authoring;

import java.util.List;
import java.util.Map;

/**
 * A draft as its authors see it.
 *
 * @param baseVersionNumber the published version the draft started from, null for a new course
 * @param liveVersionNumber the course's live version now, null when nothing is published; when it differs from the
 *        base, someone published after this draft was started
 * @param outlineVersion the version of course.yml, to send back when saving the outline
 * @param files every file of the draft, by path
 * @param lessonTitles the title (first heading) of each lesson file
 * @param questionCounts the number of questions in each quiz file
 */
public record Draft(long id, String courseId, Integer baseVersionNumber, Integer liveVersionNumber,
		CourseOutline outline, int outlineVersion, Map<String, DraftFileInfo> files, Map<String, String> lessonTitles,
		Map<String, Integer> questionCounts, List<DraftAuthor> authors, boolean mayPublish) {

	public Draft {
		files = Map.copyOf(files);
		lessonTitles = Map.copyOf(lessonTitles);
		questionCounts = Map.copyOf(questionCounts);
		authors = List.copyOf(authors);
	}

	public boolean newCourse() {
		return baseVersionNumber == null;
	}

	/** True when a version was published after this draft started from an older one. */
	public boolean behindLive() {
		return liveVersionNumber != null && !liveVersionNumber.equals(baseVersionNumber);
	}

	public List<String> images() {
		return files.keySet().stream().filter(path -> path.startsWith(DraftPaths.IMAGES)).sorted().toList();
	}

}

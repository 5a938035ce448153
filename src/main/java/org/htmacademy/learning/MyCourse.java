package org.htmacademy.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.htmacademy.course.content.Track;

/** A course on the learner's dashboard, with what to do next. */
public record MyCourse(String courseId, String title, Track track, BigDecimal ceHours, int lessonsCompleted,
		int lessonsTotal, int quizzesPassed, int quizzesTotal, Optional<NextLesson> next, Instant lastActivity) {

	public record NextLesson(String lessonId, String title) {
	}

	public double fraction() {
		return lessonsTotal == 0 ? 0 : (double) lessonsCompleted / lessonsTotal;
	}

	public boolean allLessonsRead() {
		return lessonsTotal > 0 && lessonsCompleted == lessonsTotal;
	}

}

package org.htmacademy.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.htmacademy.cohort.CohortProgress.CourseProgress;
import org.htmacademy.cohort.CohortProgress.LearnerProgress;
import org.htmacademy.cohort.CohortProgress.Status;
import org.htmacademy.cohort.repository.CohortRow;
import org.htmacademy.cohort.repository.ProgressRow;

/** Turns the progress rows into learners and statuses. */
final class Progress {

	private Progress() {
	}

	static CohortProgress of(CohortRow cohort, List<ProgressRow> rows, LocalDate today) {
		Map<Long, List<ProgressRow>> byLearner = new LinkedHashMap<>();
		rows.forEach(row -> byLearner.computeIfAbsent(row.userId(), id -> new ArrayList<>()).add(row));
		List<LearnerProgress> learners = byLearner.values()
			.stream()
			.map(courses -> new LearnerProgress(courses.getFirst().name(), courses.getFirst().email(),
					courses.stream().map(row -> course(row, today)).toList()))
			.toList();
		return new CohortProgress(cohort.id(), cohort.name(), today, learners);
	}

	static CourseProgress course(ProgressRow row, LocalDate today) {
		return new CourseProgress(row.courseSlug(), row.courseTitle(), Optional.ofNullable(row.dueOn()),
				row.lessonsRead(), row.lessonsTotal(), row.quizzesPassed(), row.quizzesTotal(),
				Optional.ofNullable(row.finalGrade()), row.finalPassed(), row.skillsSigned(), row.skillsTotal(),
				Optional.ofNullable(row.certificate()), status(row, today));
	}

	static Status status(ProgressRow row, LocalDate today) {
		if (row.certificate() != null || ruleMet(row)) {
			return Status.COMPLETE;
		}
		if (row.dueOn() != null && today.isAfter(row.dueOn())) {
			return Status.OVERDUE;
		}
		boolean started = row.lessonsRead() > 0 || row.quizzesPassed() > 0 || row.finalGrade() != null
				|| row.skillsSigned() > 0;
		return started ? Status.IN_PROGRESS : Status.NOT_STARTED;
	}

	/** The certificate feature's completion rule, for courses that award none. */
	private static boolean ruleMet(ProgressRow row) {
		boolean hasRule = row.requiresLessons() || row.requiresFinalQuiz() || row.skillsTotal() > 0;
		boolean lessons = !row.requiresLessons() || (row.lessonsTotal() > 0 && row.lessonsRead() >= row.lessonsTotal());
		boolean exam = !row.requiresFinalQuiz() || row.finalPassed();
		return row.enrolled() && hasRule && lessons && exam && row.skillsSigned() >= row.skillsTotal();
	}

}

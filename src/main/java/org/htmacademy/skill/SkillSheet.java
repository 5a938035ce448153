package org.htmacademy.skill;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Learners × skills of one course, for everyone the instructor may sign for, or for one cohort.
 *
 * @param skills the columns: the skills of the course versions the learners are on, live version first
 */
public record SkillSheet(String courseId, String courseTitle, Optional<Long> cohortId, List<SkillColumn> skills,
		List<LearnerSkills> learners) {

	public record SkillColumn(String skillId, String title, List<String> checklist) {
	}

	/** @param cells by skill id; a skill missing here is not in the course version the learner is on */
	public record LearnerSkills(long enrolmentId, String learnerName, String email, Map<String, SkillCell> cells) {

		public long signedCount() {
			return cells.values().stream().filter(cell -> cell.signoff().isPresent()).count();
		}

	}

	/** @param skillKey what {@link SkillService#sign} takes to name this skill of this learner's version */
	public record SkillCell(long skillKey, Optional<Signoff> signoff) {
	}

	public record Signoff(String instructorName, LocalDate signedOn, Optional<String> note) {
	}

}

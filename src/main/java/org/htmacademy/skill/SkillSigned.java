package org.htmacademy.skill;

/** Published in the signing transaction; certificates listen for it, as for a lesson read or an exam passed. */
public record SkillSigned(long learnerId, long enrolmentId, String courseId, String skillId) {
}

package org.htmacademy.skill.repository;

/** The learner, course and skill a sign-off would record. */
public record SkillTarget(long enrolmentId, long learnerId, String courseId, String skillId, String skillTitle) {
}

/**
 * Hands-on skills (course.yml {@code skills}) and their sign-off by an instructor who watched the learner do them.
 * Signing the last skill of a course publishes {@link org.htmacademy.skill.SkillSigned}, on which the certificate
 * feature issues the certificate.
 */
@NullMarked
package org.htmacademy.skill;

import org.jspecify.annotations.NullMarked;

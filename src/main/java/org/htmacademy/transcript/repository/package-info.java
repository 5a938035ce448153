/** Self-reported CE activities and held certifications in the database; every query names its learner. */
@NullMarked
package org.htmacademy.transcript.repository;

import org.jspecify.annotations.NullMarked;

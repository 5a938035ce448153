/**
 * Time on task: the learner's active time per lesson and per quiz attempt, measured in the browser, clamped to the
 * time that really passed, and the minimum seat time a course asks for before its final exam opens and its
 * certificate issues (DD021, docs/ce-hours.md, "Time on task").
 */
@NullMarked
package org.htmacademy.seattime;

import org.jspecify.annotations.NullMarked;

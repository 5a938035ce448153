package org.htmacademy.gradebook;

import java.nio.file.Path;
import java.time.Duration;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.MovableClock;
import org.htmacademy.SignIn;
import org.htmacademy.certificate.CertifiedLearners;
import org.htmacademy.seattime.SeatTimeService;
import org.htmacademy.seattime.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The active time of a course's completers, as instructors and administrators see it, on the real database. */
@HtmSpringTest
@Import({ SignIn.class, CertifiedLearners.class, MovableClock.Configuration.class })
class CompleterTimesTest {

	@TempDir
	Path tree;

	@Autowired
	CertifiedLearners learners;

	@Autowired
	SeatTimeService seatTime;

	@Autowired
	TeachingService teaching;

	@Autowired
	SignIn signIn;

	@Autowired
	MovableClock clock;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void only_learners_who_completed_count_and_their_median_and_quartiles_sit_next_to_the_claimed_hours() {
		String courseId = learners.newCourse(tree);
		completesAfter(courseId, Duration.ofMinutes(10));
		completesAfter(courseId, Duration.ofMinutes(20));
		String stillReading = learners.enrolled(courseId, "Still Reading");
		studies(stillReading, courseId, Duration.ofMinutes(90));

		signIn.as("admin@example.com");
		assertThat(teaching.completerTimes(courseId)).singleElement().satisfies(version -> {
			assertThat(version.versionNumber()).isEqualTo(1);
			assertThat(version.claimedHours()).isEqualByComparingTo("0.25");
			assertThat(version.completers()).isEqualTo(2);
			assertThat(version.median()).contains(15 * 60);
			assertThat(version.lowerQuartile()).contains(750);
			assertThat(version.upperQuartile()).contains(1050);
			assertThat(version.warning()).as("2 completers are too few to judge the claim").isFalse();
		});
	}

	@Test
	void a_course_nobody_completed_has_no_figures() {
		String courseId = learners.newCourse(tree);
		signIn.as("admin@example.com");

		assertThat(teaching.completerTimes(courseId)).isEmpty();
	}

	@Test
	void an_instructor_sees_them_only_for_a_course_they_teach() {
		String courseId = learners.newCourse(tree);
		String instructor = learners.register("Ina Structor");
		learners.teaches(instructor, "some-other-course");
		signIn.as(instructor);

		assertThatThrownBy(() -> teaching.completerTimes(courseId)).isInstanceOf(AccessDeniedException.class);
		signIn.out();
		learners.teaches(instructor, courseId);
		signIn.as(instructor);
		assertThat(teaching.completerTimes(courseId)).isEqualTo(java.util.List.of());
	}

	private void completesAfter(String courseId, Duration studied) {
		String email = learners.enrolled(courseId, "Time Taker");
		studies(email, courseId, studied);
		learners.completes(email, courseId);
	}

	private void studies(String email, String courseId, Duration time) {
		signIn.as(email);
		Visit page = seatTime.lessonVisit(courseId, CertifiedLearners.LESSON);
		clock.advance(time);
		seatTime.report(page, (int) time.toSeconds());
		signIn.out();
	}

}

package org.htmacademy.course.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.htmacademy.course.content.LoadedCourse.Completion;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code completion} (with its minimum seat time), {@code certificate} and whether they agree with {@code finalQuiz}
 * and {@code ceHours}: a course that issues a certificate must require a passed final exam.
 */
final class CompletionRules {

	private final YamlValues values;

	private final YamlMapping course;

	private final @Nullable Node finalQuizPassedNode;

	private final @Nullable Node seatMinutesNode;

	private final @Nullable Completion completion;

	private final @Nullable Node certificateNode;

	private final @Nullable Boolean certificate;

	CompletionRules(YamlValues values, YamlMapping course) {
		this.values = values;
		this.course = course;
		YamlMapping rules = values.mapping(course.required("completion"), "completion",
				List.of("lessonsRead", "finalQuizPassed", "minimumSeatMinutes"));
		Boolean lessonsRead = rules == null ? null : values.bool(rules.optional("lessonsRead"), "lessonsRead");
		this.finalQuizPassedNode = rules == null ? null : rules.optional("finalQuizPassed");
		Boolean finalQuizPassed = values.bool(finalQuizPassedNode, "finalQuizPassed");
		this.seatMinutesNode = rules == null ? null : rules.optional("minimumSeatMinutes");
		Integer seatMinutes = values.wholeNumber(seatMinutesNode, "minimumSeatMinutes");
		if (seatMinutes != null && seatMinutes < 0 && seatMinutesNode != null) {
			values.error(seatMinutesNode, "minimumSeatMinutes must be 0 or more, not " + seatMinutes);
			seatMinutes = null;
		}
		this.completion = rules == null ? null
				: new Completion(Boolean.TRUE.equals(lessonsRead), Boolean.TRUE.equals(finalQuizPassed), seatMinutes);
		this.certificateNode = course.required("certificate");
		this.certificate = values.bool(certificateNode, "certificate");
	}

	Completion completion() {
		return Objects.requireNonNullElse(completion, new Completion(false, false));
	}

	boolean certificate() {
		return Boolean.TRUE.equals(certificate);
	}

	/** @param ceHours null when course.yml's is missing or wrong, which has been reported */
	void check(@Nullable BigDecimal ceHours) {
		if (completion == null) {
			return;
		}
		Integer seatMinutes = completion.statedSeatMinutes();
		if (seatMinutes != null && ceHours != null && seatMinutesNode != null
				&& BigDecimal.valueOf(seatMinutes).compareTo(ceHours.multiply(BigDecimal.valueOf(60))) > 0) {
			values.error(seatMinutesNode, "completion.minimumSeatMinutes (" + seatMinutes
					+ ") must not be more than the " + ceHours.stripTrailingZeros().toPlainString()
					+ " contact hours the course claims (" + ceHours.multiply(BigDecimal.valueOf(60)).intValue()
					+ " minutes)");
		}
		Node finalQuizKey = course.keyNode("finalQuiz");
		if (completion.finalQuizPassed() && finalQuizKey == null && finalQuizPassedNode != null) {
			values.error(finalQuizPassedNode, "completion.finalQuizPassed is true but there is no finalQuiz");
		}
		if (!completion.finalQuizPassed() && finalQuizKey != null) {
			values.warning(finalQuizKey, "learners need not pass this finalQuiz to complete the course: "
					+ "set completion.finalQuizPassed: true, or remove the finalQuiz");
		}
		// A CE certificate attests learning that was assessed, not only pages opened (docs/ce-hours.md, DD023).
		if (certificate() && !completion.finalQuizPassed() && certificateNode != null) {
			values.error(certificateNode, "A course that issues a CE certificate needs a final exam that learners "
					+ "must pass to complete it: add a final exam and require passing it, or issue no certificate");
		}
	}

}

package org.htmacademy.course.content;

import java.util.List;
import java.util.Objects;

import org.htmacademy.course.content.LoadedCourse.Completion;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code completion}, {@code certificate} and whether they agree with {@code finalQuiz}: a course that issues a
 * certificate must require a passed final exam.
 */
final class CompletionRules {

	private final YamlValues values;

	private final YamlMapping course;

	private final @Nullable Node finalQuizPassedNode;

	private final @Nullable Completion completion;

	private final @Nullable Node certificateNode;

	private final @Nullable Boolean certificate;

	CompletionRules(YamlValues values, YamlMapping course) {
		this.values = values;
		this.course = course;
		YamlMapping rules = values.mapping(course.required("completion"), "completion",
				List.of("lessonsRead", "finalQuizPassed"));
		Boolean lessonsRead = rules == null ? null : values.bool(rules.optional("lessonsRead"), "lessonsRead");
		this.finalQuizPassedNode = rules == null ? null : rules.optional("finalQuizPassed");
		Boolean finalQuizPassed = values.bool(finalQuizPassedNode, "finalQuizPassed");
		this.completion = rules == null ? null
				: new Completion(Boolean.TRUE.equals(lessonsRead), Boolean.TRUE.equals(finalQuizPassed));
		this.certificateNode = course.required("certificate");
		this.certificate = values.bool(certificateNode, "certificate");
	}

	Completion completion() {
		return Objects.requireNonNullElse(completion, new Completion(false, false));
	}

	boolean certificate() {
		return Boolean.TRUE.equals(certificate);
	}

	void check() {
		if (completion == null) {
			return;
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

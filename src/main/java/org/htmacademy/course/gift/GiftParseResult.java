package org.htmacademy.course.gift;

import java.util.List;

/** The questions read from a GIFT file and the problems found; a question with an error is left out. */
public record GiftParseResult(List<GiftQuestion> questions, List<GiftProblem> problems) {

	public GiftParseResult {
		questions = List.copyOf(questions);
		problems = List.copyOf(problems);
	}

	public boolean hasErrors() {
		return problems.stream().anyMatch(GiftProblem::isError);
	}

	public List<GiftProblem> errors() {
		return problems.stream().filter(GiftProblem::isError).toList();
	}

	public List<GiftProblem> warnings() {
		return problems.stream().filter(problem -> !problem.isError()).toList();
	}
}

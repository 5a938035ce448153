package org.htmacademy.authoring;

import java.util.List;

import org.htmacademy.course.ImportOutcome;

/**
 * What publishing a draft did: a new version ({@code PUBLISHED}, the draft is then gone), nothing because the draft
 * equals the live version ({@code UNCHANGED}), or nothing because of errors ({@code REJECTED}).
 */
public record PublishResult(ImportOutcome outcome, int versionNumber, List<DraftProblem> problems) {

	public PublishResult {
		problems = List.copyOf(problems);
	}

}

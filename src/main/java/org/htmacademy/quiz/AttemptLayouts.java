package org.htmacademy.quiz;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.htmacademy.quiz.repository.AnswerTarget;
import org.htmacademy.quiz.repository.QuizRepository;
import org.springframework.stereotype.Component;

/**
 * What saving an answer needs to know about an attempt: whose it is and each slot's question as presented. None
 * of it changes once the attempt has started, so it is read once per attempt instead of at every answer (at most
 * {@value #CACHED} attempts are kept). Whether the attempt is still open is never kept: the UPDATE that stores an
 * answer checks it.
 */
@Component
class AttemptLayouts {

	private static final int CACHED = 20_000;

	record Layout(long attemptId, long userId, Map<Integer, PresentedQuestion> slots) {
	}

	private final Map<String, Layout> layouts = new ConcurrentHashMap<>();

	private final QuizRepository repository;

	private final QuestionDefinitions definitions;

	AttemptLayouts(QuizRepository repository, QuestionDefinitions definitions) {
		this.repository = repository;
		this.definitions = definitions;
	}

	Optional<Layout> of(String code) {
		Layout layout = layouts.get(code);
		if (layout == null) {
			List<AnswerTarget> targets = repository.findAnswerTargets(code);
			if (targets.isEmpty()) {
				return Optional.empty();
			}
			layout = layout(targets);
			if (layouts.size() >= CACHED) {
				layouts.clear();
			}
			layouts.put(code, layout);
		}
		return Optional.of(layout);
	}

	/** A submitted attempt takes no more answers. */
	void forget(String code) {
		layouts.remove(code);
	}

	private Layout layout(List<AnswerTarget> targets) {
		AnswerTarget attempt = targets.getFirst();
		return new Layout(attempt.attemptId(), attempt.userId(), targets.stream()
			.collect(Collectors.toUnmodifiableMap(AnswerTarget::slot,
					target -> QuestionPresenter.present(definitions.question(target.questionId(), target.definitionJson()),
							target.seed(), target.questionId(), target.shuffleAnswers()))));
	}

}

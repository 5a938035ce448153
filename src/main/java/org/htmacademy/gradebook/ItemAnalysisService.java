package org.htmacademy.gradebook;

import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.gradebook.repository.AnalysedQuiz;
import org.htmacademy.gradebook.repository.AttemptsSummary;
import org.htmacademy.gradebook.repository.ItemAnalysisRepository;
import org.htmacademy.gradebook.repository.PoolQuestion;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Item analysis of a quiz as Moodle's statistics report defines it (see {@link ItemStatistics}), for the instructors
 * of its course and administrators. Only finished attempts count; with a drawn quiz each question is measured over
 * the attempts it was drawn into. The slots of the attempts are streamed once: scores into {@link ItemScores},
 * responses counted as stored text and read once per distinct text.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
@Transactional(readOnly = true)
public class ItemAnalysisService {

	static final int UNMATCHED_SHOWN = 5;

	/** Stands for a stored null response in the counts; no JSON text is empty. */
	private static final String UNANSWERED = "";

	private final ItemAnalysisRepository repository;

	private final QuestionDecoder decoder;

	private final TeachingAccess access;

	ItemAnalysisService(ItemAnalysisRepository repository, QuestionDecoder decoder, TeachingAccess access) {
		this.repository = repository;
		this.decoder = decoder;
		this.access = access;
	}

	/**
	 * @param selection which attempts to read; empty for those that count for the grade, as Moodle defaults
	 * @throws AccessDeniedException unless the quiz exists and the signed-in person may read its course's results
	 */
	public ItemAnalysis analyse(long quizId, Optional<AttemptSelection> selection) {
		access.requireQuiz(quizId);
		AnalysedQuiz quiz = repository.quiz(quizId).orElseThrow(() -> new AccessDeniedException("No quiz " + quizId));
		AttemptSelection attempts = selection.orElse(AttemptSelection.countingFor(quiz.grading()));

		List<PoolQuestion> questions = repository.questions(quizId);
		ItemScores scores = new ItemScores();
		Map<Long, Map<String, Long>> responses = new HashMap<>();
		repository.forEachSlot(quizId, attempts, (attemptId, questionId, mark, fraction, response) -> {
			scores.add(attemptId, questionId, mark, fraction);
			responses.computeIfAbsent(questionId, id -> new HashMap<>())
				.merge(response == null ? UNANSWERED : response, 1L, Long::sum);
		});
		Map<Long, ItemStatistics> statistics = scores.statistics();

		List<QuestionAnalysis> analysed = questions.stream().map(question -> {
			GiftQuestion decoded = decoder.question(question.questionId(), question.definitionJson());
			ResponseTally tally = new ResponseTally(decoded);
			// each distinct response is read once, however many attempts gave it
			responses.getOrDefault(question.questionId(), Map.of())
				.forEach((response, count) -> tally.add(
						decoder.response(response.equals(UNANSWERED) ? null : response), count));
			ItemStatistics itemStatistics = statistics.getOrDefault(question.questionId(), ItemStatistics.NONE);
			return new QuestionAnalysis(question.questionId(), question.position(), decoded.title(),
					QuestionDecoder.plainText(decoded.text()), QuestionDecoder.typeName(decoded), itemStatistics,
					ItemFlag.of(itemStatistics), tally.answers(), tally.unmatched(UNMATCHED_SHOWN));
		}).toList();

		AttemptsSummary summary = repository.attempts(quizId, attempts);
		String title = quiz.moduleTitle() == null ? "Final exam" : "Module quiz: " + quiz.moduleTitle();
		return new ItemAnalysis(quizId, quiz.courseId(), quiz.courseTitle(), quiz.versionNumber(), title,
				quiz.grading(), attempts, summary.attempts(), summary.learners(),
				Optional.ofNullable(summary.meanScore()).map(mean -> mean.setScale(2, RoundingMode.HALF_UP)),
				quiz.drawCount() == 0 ? quiz.poolSize() : quiz.drawCount(), analysed);
	}

}

package org.htmacademy.gradebook;

import java.math.BigDecimal;
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
import org.htmacademy.gradebook.repository.ResponseCount;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Item analysis of a quiz as Moodle's statistics report defines it (see {@link ItemStatistics}), for the instructors
 * of its course and administrators. Only finished attempts count; with a drawn quiz each question is measured over
 * the attempts it was drawn into. The database reduces the attempts to sums and distinct responses, so the cost here
 * does not grow with the number of attempts.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
@Transactional(readOnly = true)
public class ItemAnalysisService {

	static final int UNMATCHED_SHOWN = 5;

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

		Map<Long, GiftQuestion> pool = new HashMap<>();
		Map<Long, ResponseTally> tallies = new HashMap<>();
		List<PoolQuestion> questions = repository.questions(quizId);
		for (PoolQuestion question : questions) {
			GiftQuestion decoded = decoder.question(question.questionId(), question.definitionJson());
			pool.put(question.questionId(), decoded);
			tallies.put(question.questionId(), new ResponseTally(decoded));
		}
		for (ResponseCount response : repository.responses(quizId, attempts)) {
			ResponseTally tally = tallies.get(response.questionId());
			if (tally != null) {
				tally.add(decoder.response(response.responseJson()), response.count());
			}
		}
		Map<Long, Moments> moments = repository.moments(quizId, attempts);

		List<QuestionAnalysis> analysed = questions.stream().map(question -> {
			GiftQuestion decoded = pool.get(question.questionId());
			ItemStatistics statistics = ItemStatistics.of(moments.getOrDefault(question.questionId(), Moments.NONE));
			ResponseTally tally = tallies.get(question.questionId());
			return new QuestionAnalysis(question.questionId(), question.position(), decoded.title(),
					QuestionDecoder.plainText(decoded.text()), QuestionDecoder.typeName(decoded), statistics,
					ItemFlag.of(statistics), tally.answers(), tally.unmatched(UNMATCHED_SHOWN));
		}).toList();

		AttemptsSummary summary = repository.attempts(quizId, attempts);
		String title = quiz.moduleTitle() == null ? "Final exam" : "Module quiz: " + quiz.moduleTitle();
		return new ItemAnalysis(quizId, quiz.courseId(), quiz.courseTitle(), quiz.versionNumber(), title,
				quiz.grading(), attempts, summary.attempts(), summary.learners(),
				Optional.ofNullable(summary.meanScore()).map(mean -> mean.setScale(2, RoundingMode.HALF_UP)),
				quiz.drawCount() == 0 ? quiz.poolSize() : quiz.drawCount(), analysed);
	}

}

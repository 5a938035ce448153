package org.htmacademy.authoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.htmacademy.authoring.CourseOutline.ModuleOutline;
import org.htmacademy.authoring.repository.AuthoringRepository;
import org.htmacademy.authoring.repository.DraftFileRow;
import org.htmacademy.authoring.repository.DraftRow;
import org.htmacademy.course.gift.GiftParseResult;
import org.htmacademy.course.gift.GiftParser;
import org.htmacademy.course.gift.GiftProblem;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftWriter;
import org.htmacademy.course.gift.GiftWriter.Written;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions of a draft's quizzes. Questions are kept as GIFT written by {@link GiftWriter}; every save runs the
 * GIFT parser, the validator of the command line, over the whole file and saves nothing while it finds an error, so
 * a quiz file in a draft always reads back as the questions its authors see.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class QuizEditing {

	private final AuthoringRepository repository;

	private final DraftAccess access;

	private final DraftFiles files;

	private final Clock clock;

	QuizEditing(AuthoringRepository repository, DraftAccess access, DraftFiles files, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.files = files;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public QuizDraft quiz(long draftId, String quizId) {
		DraftRow draft = access.draft(draftId);
		CourseOutline outline = files.outline(draft);
		for (int i = 0; i < outline.modules().size(); i++) {
			ModuleOutline module = outline.modules().get(i);
			if (module.quiz() != null && DraftPaths.quizId(module.quiz().file()).equals(quizId)) {
				return read(draft, i, module.title(), module.quiz());
			}
		}
		if (outline.finalQuiz() != null && DraftPaths.quizId(outline.finalQuiz().file()).equals(quizId)) {
			return read(draft, -1, "Final exam", outline.finalQuiz());
		}
		throw new AuthoringException("The draft has no quiz " + quizId + ".");
	}

	private QuizDraft read(DraftRow draft, int moduleIndex, String title, CourseOutline.QuizOutline quiz) {
		DraftFileRow file = repository.findFile(draft.id(), quiz.file())
			.orElseThrow(() -> new AuthoringException("The quiz file " + quiz.file() + " is missing from the draft."));
		String gift = DraftFiles.text(file);
		List<GiftQuestion> questions = new GiftParser().parse(gift, quiz.file()).questions();
		return new QuizDraft(draft.id(), quiz.file(), moduleIndex, title, quiz, questions, file.version(), gift);
	}

	/** Writes the quiz file with these questions, in this order, unless the parser finds an error in them. */
	public QuizSave saveQuestions(long draftId, String path, List<GiftQuestion> questions, int expectedVersion) {
		DraftRow draft = access.draft(draftId);
		if (!files.outline(draft).quizFiles().contains(path)) {
			throw new AuthoringException("The draft has no quiz " + path + ".");
		}
		List<QuestionProblem> problems = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			int question = i;
			GiftWriter.unwritable(questions.get(i))
				.forEach(u -> problems.add(new QuestionProblem(question, u.field(), u.index(), 0, 0, true,
						u.message())));
		}
		if (!problems.isEmpty()) {
			return new QuizSave(false, expectedVersion, problems);
		}
		Written written = new GiftWriter().write(questions);
		GiftParseResult read = new GiftParser().parse(written.text(), path);
		for (GiftProblem problem : read.problems()) {
			problems.add(written.partAt(problem.line(), problem.column())
				.map(part -> new QuestionProblem(part.question(), part.field(), part.index(), problem.line(),
						problem.column(), problem.isError(), problem.message()))
				.orElseGet(() -> new QuestionProblem(0, null, 0, problem.line(), problem.column(), problem.isError(),
						problem.message())));
		}
		if (read.hasErrors()) {
			return new QuizSave(false, expectedVersion, problems);
		}
		if (!new GiftWriter().write(read.questions()).text().equals(written.text())) {
			// a safety net: the writer's checks should have said what GIFT cannot express
			return new QuizSave(false, expectedVersion, List.of(new QuestionProblem(0, null, 0, 0, 0, true,
					"these questions cannot be written in GIFT exactly as entered; check empty answers and "
							+ "special characters")));
		}
		int version = files.update(draft, path, written.text(), expectedVersion);
		repository.touchDraft(draftId, clock.instant());
		return new QuizSave(true, version, problems);
	}

	/**
	 * Adds the questions of a GIFT text, as pasted, after the quiz's own. Problems in the text are reported at its
	 * own lines and columns, and nothing is added while there is an error.
	 */
	public QuizSave importGift(long draftId, String path, String gift, int expectedVersion) {
		DraftRow draft = access.draft(draftId);
		GiftParseResult pasted = new GiftParser().parse(gift, "pasted");
		if (pasted.hasErrors() || pasted.questions().isEmpty()) {
			List<QuestionProblem> problems = pasted.problems()
				.stream()
				.map(p -> new QuestionProblem(-1, null, 0, p.line(), p.column(), p.isError(), p.message()))
				.toList();
			if (pasted.questions().isEmpty() && !pasted.hasErrors()) {
				problems = List.of(new QuestionProblem(-1, null, 0, 1, 1, true, "there is no question in the text"));
			}
			return new QuizSave(false, expectedVersion, problems);
		}
		List<GiftQuestion> questions = new ArrayList<>(quizQuestions(draft, path));
		questions.addAll(pasted.questions());
		return saveQuestions(draftId, path, questions, expectedVersion);
	}

	private List<GiftQuestion> quizQuestions(DraftRow draft, String path) {
		return repository.findFile(draft.id(), path)
			.map(file -> new GiftParser().parse(DraftFiles.text(file), path).questions())
			.orElse(List.of());
	}

}

package org.htmacademy.quiz;

import java.util.List;

import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.markdown.LessonRenderer;
import org.springframework.stereotype.Component;

/** Turns a stored question into what the learner sees, with its texts rendered and sanitized. */
@Component
class QuestionPresenter {

	private final LessonRenderer renderer;

	QuestionPresenter(LessonRenderer renderer) {
		this.renderer = renderer;
	}

	/** Each question of an attempt gets its own seed, so its choice order is fixed and differs between questions. */
	static PresentedQuestion present(GiftQuestion question, long attemptSeed, long questionId, boolean shuffleAnswers) {
		return PresentedQuestion.of(question, attemptSeed ^ (questionId * 0x9E3779B97F4A7C15L), shuffleAnswers);
	}

	SheetQuestion sheet(int slot, PresentedQuestion shown, Response stored) {
		return new SheetQuestion(slot, shown.kind(), html(shown, shown.text()), html(shown, shown.choices()),
				html(shown, shown.stems()), shown.answerOptions(), shown.toPresented(stored));
	}

	String html(PresentedQuestion shown, String text) {
		return renderer.renderQuestionText(text, shown.textFormat());
	}

	List<String> html(PresentedQuestion shown, List<String> texts) {
		return texts.stream().map(text -> html(shown, text)).toList();
	}

}

package org.htmacademy.authoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.htmacademy.authoring.DraftPaths;
import org.htmacademy.course.content.CourseExamQuality;
import org.htmacademy.course.content.QuizExamQuality;

/** The exam-quality summary of the Check: how often the draft's keys are the longest option, per course and quiz. */
class ExamQualitySummary extends Div {

	final Paragraph course = new Paragraph();

	final UnorderedList quizzes = new UnorderedList();

	ExamQualitySummary() {
		setId("exam-quality");
		course.setId("exam-quality-course");
		add(new H3("Exam quality"), new Paragraph("A learner who always picks the longest option should not pass: "
				+ "keep the keys that are the longest option at or below " + CourseExamQuality.COURSE_LIMIT_PERCENT
				+ " % of the single-answer questions."), course, quizzes);
		setVisible(false);
	}

	void show(CourseExamQuality quality) {
		quizzes.removeAll();
		setVisible(!quality.quizzes().isEmpty());
		course.setText("Course: " + quality.figures());
		for (QuizExamQuality quiz : quality.quizzes()) {
			quizzes.add(new ListItem("Quiz " + DraftPaths.quizId(quiz.file()) + ": " + quiz.figures()));
		}
	}

}

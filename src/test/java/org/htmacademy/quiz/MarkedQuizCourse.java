package org.htmacademy.quiz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.htmacademy.course.CourseFolders;
import org.htmacademy.course.CourseImportCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A copy of the authoring guide's course whose module quiz has one question of each input kind, with distinctive
 * marker words in everything that must stay on the server until the attempt is submitted: feedback (FBK...),
 * general feedback (GENFBK...), accepted short answers, the numerical value, partial-credit fractions and the
 * matching pairs. Question texts carry QTEXT... markers, which must reach the browser.
 */
public final class MarkedQuizCourse {

	public static final String GIFT = """
			// Every input kind once; keys and feedback carry markers that must not reach the browser early.

			::Single::QTEXTSINGLE Which one is the single right choice? {
			  =CHOICESINGLERIGHT #FBKSINGLERIGHT
			  ~%83.33333%CHOICESINGLEPARTIAL #FBKSINGLEPARTIAL
			  ~CHOICESINGLEWRONG #FBKSINGLEWRONG
			  ####GENFBKSINGLE
			}

			::Multiple::QTEXTMULTIPLE Which of these count? {
			  ~%16.66667%CHOICEMULTIONE #FBKMULTIONE
			  ~%83.33333%CHOICEMULTITWO #FBKMULTITWO
			  ~%-100%CHOICEMULTITHREE #FBKMULTITHREE
			  ####GENFBKMULTIPLE
			}

			::TrueFalse::QTEXTTRUEFALSE This statement is true. {TRUE#FBKTFWRONG#FBKTFRIGHT}

			::Short::QTEXTSHORT Type the code word. {=ZEPHYRQUARTZ#FBKSHORTONE =XYLOKEYWORD#FBKSHORTTWO}

			::Number::QTEXTNUMBER How many units? {#4217.5:0.25#FBKNUMBER}

			::Match::QTEXTMATCH Match each item with its answer. {
			  =MATCHITEMONE -> MATCHANSONE
			  =MATCHITEMTWO -> MATCHANSTWO
			  =MATCHITEMTHREE -> MATCHANSTHREE
			  ####GENFBKMATCH
			}
			""";

	/** Words that must not reach the browser before submission (compared ignoring case). */
	public static final List<String> SECRETS = List.of("FBK", "ZEPHYRQUARTZ", "XYLOKEYWORD", "4217", "83.333", "0.83333",
			"16.666", "0.16666");

	/** The item → answer pairs of the matching question. */
	public static final List<List<String>> PAIRS = List.of(List.of("MATCHITEMONE", "MATCHANSONE"),
			List.of("MATCHITEMTWO", "MATCHANSTWO"), List.of("MATCHITEMTHREE", "MATCHANSTHREE"));

	/** Words that must reach the browser: the question texts, choices, items and answer options. */
	public static final List<String> SHOWN = List.of("QTEXTSINGLE", "QTEXTMULTIPLE", "QTEXTTRUEFALSE", "QTEXTSHORT",
			"QTEXTNUMBER", "QTEXTMATCH", "CHOICESINGLERIGHT", "CHOICEMULTITWO", "MATCHITEMONE", "MATCHANSTHREE");

	/** 1,200 words: 8 minutes at 150 words a minute (docs/ce-hours.md). */
	static final String READING = "Measure the leakage current with the device switched on and off. ".repeat(120);

	private MarkedQuizCourse() {
	}

	/**
	 * Imports a new course into {@code folder} and returns its id.
	 *
	 * @param review the module quiz's review policy as course.yml writes it: score-only, your-answers, correct-answers
	 * @param moduleQuizSettings more course.yml lines for the module quiz, e.g. "timeLimitMinutes: 5"
	 */
	public static String importInto(CourseImportCommand importer, Path folder, String review,
			String... moduleQuizSettings) {
		String id = writeInto(folder, review, moduleQuizSettings);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = importer.run(folder, new PrintStream(out, true));
		assertThat(status).as(out.toString()).isZero();
		assertThat(out.toString()).contains(id).contains("PUBLISHED");
		return id;
	}

	/** Writes the course's files into {@code folder} (for an app that imports them itself) and returns its id. */
	public static String writeInto(Path folder, String review, String... moduleQuizSettings) {
		CourseFolders tree = new CourseFolders(folder);
		String id = tree.addCourse("quiz-ui");
		StringBuilder settings = new StringBuilder("passMark: 70\n      review: " + review);
		for (String setting : moduleQuizSettings) {
			settings.append("\n      ").append(setting);
		}
		tree.edit(id, "course.yml", "passMark: 70", settings.toString());
		// Six questions instead of eleven: the lesson gets the reading its quarter CE hour then needs.
		tree.edit(id, "lessons/leakage-current.md", "## References", "## Practice\n\n" + READING + "\n\n## References");
		try {
			Files.writeString(tree.path(id, "quizzes/leakage.gift"), GIFT);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return id;
	}

}

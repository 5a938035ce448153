package org.htmacademy.course.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The CE contact hours a course's content supports: the one rule behind the validator, the authoring form and the
 * curriculum figures (docs/ce-hours.md). Lessons are read at {@value #WORDS_PER_MINUTE} words a minute, each quiz
 * question presented takes {@value #MINUTES_PER_QUESTION} minute (a quiz that draws 20 of 40 presents 20), and each
 * hands-on skill counts the minutes its course file states; the total is rounded down to a quarter hour.
 *
 * @param words the words of every lesson, as the lesson renderer counts them
 * @param questionsPresented the questions one attempt of every module quiz and of the final exam presents
 * @param skillMinutes the stated minutes of every hands-on skill an instructor signs off
 */
public record ContentHours(int words, int questionsPresented, int skillMinutes) {

	/** Technical text read to be learnt and assessed; see docs/ce-hours.md for the source. */
	public static final int WORDS_PER_MINUTE = 150;

	/** The CBET exam allows about 1.1 minutes a question; see docs/ce-hours.md. */
	public static final int MINUTES_PER_QUESTION = 1;

	/** The most a single hands-on skill may count: a sign-off is one observed task, not a shift. */
	public static final int MAX_SKILL_MINUTES = 240;

	/** Below this share of the supported hours, a claim is probably stale (content grew) and is warned about. */
	public static final BigDecimal FLOOR_SHARE = new BigDecimal("0.75");

	private static final int QUARTER_HOUR_MINUTES = 15;

	private static final BigDecimal QUARTER_HOUR = new BigDecimal("0.25");

	public ContentHours {
		if (words < 0 || questionsPresented < 0 || skillMinutes < 0) {
			throw new IllegalArgumentException("negative content: " + words + ", " + questionsPresented + ", "
					+ skillMinutes);
		}
	}

	/** The figures of a course that passed validation. */
	public static ContentHours of(LoadedCourse course) {
		int words = course.lessons().stream().mapToInt(LessonSource::wordCount).sum();
		int questions = Stream
			.concat(course.modules().stream().flatMap(module -> module.quiz().stream()), course.finalQuiz().stream())
			.mapToInt(ContentHours::presented)
			.sum();
		int skills = course.skills().stream().mapToInt(PracticalSkill::minutes).sum();
		return new ContentHours(words, questions, skills);
	}

	/** The questions one attempt presents: the draw, when the quiz has one, else every question of the file. */
	public static int presented(QuizDefinition quiz) {
		int draw = quiz.settings().draw();
		return draw == 0 ? quiz.questions().size() : Math.min(draw, quiz.questions().size());
	}

	public BigDecimal readingMinutes() {
		return minutes(words);
	}

	public int questionMinutes() {
		return questionsPresented * MINUTES_PER_QUESTION;
	}

	/** Reading, questions and skills, in minutes to one decimal, rounded down so it never overstates. */
	public BigDecimal totalMinutes() {
		return minutes(wordEquivalents());
	}

	/** The most CE hours the content supports: the total rounded down to a quarter hour. */
	public BigDecimal supportedHours() {
		return quarters(wordEquivalents()).multiply(QUARTER_HOUR);
	}

	/** The least CE hours a course should claim for this content without a warning. */
	public BigDecimal floorHours() {
		BigDecimal share = BigDecimal.valueOf(wordEquivalents()).multiply(FLOOR_SHARE);
		return share.divide(BigDecimal.valueOf((long) WORDS_PER_MINUTE * QUARTER_HOUR_MINUTES), 0, RoundingMode.FLOOR)
			.multiply(QUARTER_HOUR);
	}

	/**
	 * The sum in plain words, e.g. "5,600 words of lessons (37.3 minutes at 150 words a minute) + 44 quiz questions
	 * presented (44 minutes at 1 minute each) + 30 minutes of hands-on skills = 111.3 minutes".
	 */
	public String explanation() {
		NumberFormat number = NumberFormat.getIntegerInstance(Locale.US);
		String sum = number.format(words) + (words == 1 ? " word" : " words") + " of lessons ("
				+ readingMinutes().toPlainString() + " minutes at " + WORDS_PER_MINUTE + " words a minute) + "
				+ number.format(questionsPresented) + (questionsPresented == 1 ? " quiz question" : " quiz questions")
				+ " presented (" + questionMinutes() + " minutes at " + MINUTES_PER_QUESTION + " minute each)";
		if (skillMinutes > 0) {
			sum += " + " + skillMinutes + " minutes of hands-on skills";
		}
		return sum + " = " + totalMinutes().toPlainString() + " minutes";
	}

	/** Everything in words read, so the sums stay whole numbers: a minute is {@value #WORDS_PER_MINUTE} words. */
	private long wordEquivalents() {
		return words + (long) WORDS_PER_MINUTE * (questionMinutes() + (long) skillMinutes);
	}

	private static BigDecimal minutes(long wordEquivalents) {
		return BigDecimal.valueOf(wordEquivalents).divide(BigDecimal.valueOf(WORDS_PER_MINUTE), 1, RoundingMode.FLOOR);
	}

	private static BigDecimal quarters(long wordEquivalents) {
		return BigDecimal.valueOf(wordEquivalents / ((long) WORDS_PER_MINUTE * QUARTER_HOUR_MINUTES));
	}

}

package org.htmacademy.course.repository;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jooq.DataType;
import org.jooq.Field;

import static org.htmacademy.jooq.Tables.COURSE;
import static org.htmacademy.jooq.Tables.COURSE_ASSET;
import static org.htmacademy.jooq.Tables.COURSE_MODULE;
import static org.htmacademy.jooq.Tables.COURSE_SKILL;
import static org.htmacademy.jooq.Tables.COURSE_VERSION;
import static org.htmacademy.jooq.Tables.LESSON;
import static org.htmacademy.jooq.Tables.QUESTION;
import static org.htmacademy.jooq.Tables.QUIZ;

/**
 * Every column a value of course content is stored in, with its limit read from the generated schema (so from the
 * Flyway migrations): the validator checks these, so an import never fails on a value the database cannot hold.
 * A VARCHAR holds characters (code points), a TEXT or BLOB holds bytes.
 */
public enum ContentColumn {

	COURSE_ID("the course id", COURSE.SLUG),
	VERSION("the version", COURSE_VERSION.VERSION_LABEL),
	COURSE_TITLE("the course title", COURSE_VERSION.TITLE),
	SUMMARY("the summary", COURSE_VERSION.SUMMARY),
	CE_HOURS("ceHours", COURSE_VERSION.CE_HOURS),
	MODULE_ID("the module id", COURSE_MODULE.SLUG),
	MODULE_TITLE("the module title", COURSE_MODULE.TITLE),
	LESSON_ID("the lesson id (its file name)", LESSON.SLUG),
	LESSON_PATH("the lesson's path", LESSON.SOURCE_PATH),
	LESSON_TITLE("the lesson title", LESSON.TITLE),
	LESSON_TEXT("the lesson", LESSON.MARKDOWN),
	LESSON_HTML("the lesson as HTML", LESSON.HTML),
	IMAGE_PATH("the image's path", COURSE_ASSET.PATH),
	IMAGE("the image", COURSE_ASSET.CONTENT),
	QUIZ_FILE("the quiz file's path", QUIZ.SOURCE_FILE),
	QUESTION_TITLE("a question title", QUESTION.TITLE),
	QUESTION_CATEGORY("a $CATEGORY", QUESTION.CATEGORY),
	SKILL_ID("the skill id", COURSE_SKILL.SLUG),
	SKILL_TITLE("the skill title", COURSE_SKILL.TITLE);

	private final String what;

	private final DataType<?> type;

	ContentColumn(String what, Field<?> field) {
		this.what = what;
		this.type = field.getDataType();
	}

	/** The most characters (VARCHAR) or bytes (TEXT, BLOB) the column holds. */
	public int limit() {
		return type.length();
	}

	public boolean countsBytes() {
		return type.isLob();
	}

	/** @return why the text does not fit, or empty when it does */
	public Optional<String> problem(String text) {
		if (text == null) {
			return Optional.empty();
		}
		if (countsBytes()) {
			return tooLong(text.getBytes(StandardCharsets.UTF_8).length, "bytes (UTF-8)");
		}
		return tooLong(text.codePointCount(0, text.length()), "characters");
	}

	public Optional<String> problem(byte[] content) {
		return content == null ? Optional.empty() : tooLong(content.length, "bytes");
	}

	/** A DECIMAL(p, s) holds p - s digits before the point and s after it. */
	public Optional<String> problem(BigDecimal value) {
		if (value == null) {
			return Optional.empty();
		}
		int integerDigits = type.precision() - type.scale();
		BigDecimal largest = BigDecimal.TEN.pow(integerDigits).subtract(BigDecimal.ONE.movePointLeft(type.scale()));
		if (value.abs().compareTo(largest) > 0) {
			return Optional.of(what + " " + value.toPlainString() + " is more than " + largest.toPlainString()
					+ ", the largest the database stores");
		}
		if (value.stripTrailingZeros().scale() > type.scale()) {
			return Optional.of(what + " " + value.toPlainString() + " has more than " + type.scale()
					+ " decimal places, which the database would round");
		}
		return Optional.empty();
	}

	private Optional<String> tooLong(int length, String unit) {
		return length <= limit() ? Optional.empty()
				: Optional.of(what + " is " + length + " " + unit + " long; at most " + limit() + " fit");
	}

}

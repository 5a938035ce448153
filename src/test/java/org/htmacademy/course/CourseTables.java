package org.htmacademy.course;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the course tables directly, to see exactly what an import wrote. */
final class CourseTables {

	/** Every table of V2__course_content.sql. */
	static final List<String> ALL = List.of("course", "course_version", "course_module", "lesson", "course_asset",
			"quiz", "question", "enrolment", "lesson_completion");

	private final JdbcTemplate jdbc;

	CourseTables(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		ALL.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
		return counts;
	}

	Long liveVersionId(String courseId) {
		return jdbc.queryForObject("select current_version_id from course where slug = ?", Long.class, courseId);
	}

	long versionId(String courseId, int versionNumber) {
		return jdbc.queryForObject("""
				select v.id from course_version v join course c on c.id = v.course_id
				where c.slug = ? and v.version_number = ?""", Long.class, courseId, versionNumber);
	}

	boolean exists(String courseId) {
		return jdbc.queryForObject("select count(*) from course where slug = ?", Long.class, courseId) > 0;
	}

	/** Every row written for one version, assets by checksum, so two snapshots compare with equals. */
	List<List<Map<String, Object>>> versionSnapshot(long versionId) {
		return List.of(jdbc.queryForList("select * from course_version where id = ?", versionId),
				jdbc.queryForList("select * from course_module where course_version_id = ? order by id", versionId),
				jdbc.queryForList("""
						select l.* from lesson l join course_module m on m.id = l.module_id
						where m.course_version_id = ? order by l.id""", versionId),
				jdbc.queryForList("""
						select id, course_version_id, path, content_type, sha2(content, 256) as checksum
						from course_asset where course_version_id = ? order by id""", versionId),
				jdbc.queryForList("select * from quiz where course_version_id = ? order by id", versionId),
				jdbc.queryForList("""
						select q.* from question q join quiz z on z.id = q.quiz_id
						where z.course_version_id = ? order by q.id""", versionId));
	}

}

package org.htmacademy.course;

import org.htmacademy.course.markdown.LessonRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CourseContentConfiguration {

	/** Thread-safe; builds its parser and sanitizer policy once. */
	@Bean
	LessonRenderer lessonRenderer() {
		return new LessonRenderer();
	}

}

package org.htmacademy.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True when no external database is configured: the app then runs on its own embedded MariaDB and
 * seeds demo data. Production sets {@code spring.datasource.url} (SPRING_DATASOURCE_URL).
 */
public class EmbeddedDatabaseCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isEmbedded(context.getEnvironment().getProperty("spring.datasource.url"));
	}

	static boolean isEmbedded(String datasourceUrl) {
		return !StringUtils.hasText(datasourceUrl);
	}

}

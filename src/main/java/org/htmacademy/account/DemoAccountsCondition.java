package org.htmacademy.account;

import org.htmacademy.database.EmbeddedDatabaseCondition;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo accounts exist in the default run on the embedded database. {@code htm.demo-accounts} overrides
 * it either way (CI sets it to run the suite against an external server).
 */
public class DemoAccountsCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String explicit = context.getEnvironment().getProperty("htm.demo-accounts");
		if (explicit != null && !explicit.isBlank()) {
			return Boolean.parseBoolean(explicit);
		}
		return new EmbeddedDatabaseCondition().matches(context, metadata);
	}

}

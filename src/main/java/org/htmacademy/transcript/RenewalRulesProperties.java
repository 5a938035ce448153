package org.htmacademy.transcript;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param file an administrator's renewal rules in the format of the shipped {@code ce-renewal-rules.yml}; when
 * unset, the shipped file is used
 */
@ConfigurationProperties("htm.renewal-rules")
public record RenewalRulesProperties(@Nullable Path file) {
}

package org.htmacademy.transcript;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/** Where the renewal rules were taken from and when they were last checked against it. */
public record RulesSource(String title, URI url, LocalDate checked) {

	public RulesSource {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(checked, "checked");
	}

}

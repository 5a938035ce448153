package org.htmacademy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** A reader who tries an example from README or a design decision gets "not found", never "typing mistake". */
class ExamplesInTheDocsTest {

	private static final Pattern NUMBER = Pattern.compile("HTMA-\\d{4}-[0-9A-Z]{5}-[0-9A-Z]{5}");

	private static final Pattern CODE = Pattern.compile("\\b[0-9A-Z]{4}(-[0-9A-Z]{4}){6}\\b");

	@Test
	void every_certificate_number_and_verification_code_in_the_docs_passes_its_check() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		assertThat(found(NUMBER, readme)).as("README's example number").contains(CertificateNumber.EXAMPLE);
		assertThat(found(CODE, readme)).as("README's example code").contains(VerificationCode.EXAMPLE);

		for (Path doc : docs()) {
			String text = Files.readString(doc);
			for (String number : found(NUMBER, text)) {
				assertThat(CertificateNumber.parse(number)).as("%s in %s", number, doc)
					.isInstanceOf(ParseResult.WellFormed.class);
			}
			for (String code : found(CODE, text)) {
				assertThat(VerificationCode.parse(code)).as("%s in %s", code, doc)
					.isInstanceOf(ParseResult.WellFormed.class);
			}
		}
	}

	@Test
	void the_examples_on_the_pages_are_well_formed() {
		assertThat(VerificationCode.parse(VerificationCode.EXAMPLE))
			.isEqualTo(new ParseResult.WellFormed<>(new VerificationCode(VerificationCode.EXAMPLE.replace("-", ""))));
		assertThat(CertificateNumber.parse(CertificateNumber.EXAMPLE))
			.isEqualTo(new ParseResult.WellFormed<>(new CertificateNumber(CertificateNumber.EXAMPLE)));
	}

	private static List<Path> docs() throws IOException {
		try (Stream<Path> designDecisions = Files.list(Path.of("docs/design-decisions"))) {
			return Stream
				.concat(Stream.of(Path.of("README.md")), designDecisions.filter(p -> p.toString().endsWith(".md")))
				.toList();
		}
	}

	/** Without placeholders such as HTMA-2026-XXXXX-XXXXX. */
	private static List<String> found(Pattern pattern, String text) {
		return pattern.matcher(text).results().map(match -> match.group()).filter(s -> !s.contains("XXXX")).toList();
	}

}

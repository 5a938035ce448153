package org.htmacademy.certificate;

/**
 * What a visitor verifies a certificate by: the number printed on it or its verification code, told apart by their
 * length once separators are gone (14 symbols after HTMA, or 28). Both carry check symbols, so a typing mistake in
 * either is malformed before anything is looked up.
 */
sealed interface VerificationKey {

	record ByNumber(CertificateNumber number) implements VerificationKey {
	}

	record ByCode(VerificationCode code) implements VerificationKey {
	}

	/**
	 * Reads what was typed, scanned or pasted: a number (with or without HTMA, hyphens or spaces), a code, or a whole
	 * verification link; any case, and I or L for 1, O for 0.
	 */
	static ParseResult<VerificationKey> parse(String input) {
		String typed = Crockford.withoutSeparators(CodeReader.lastPathSegment(input == null ? "" : input));
		if (typed.isEmpty()) {
			return new ParseResult.Malformed<>("Enter the certificate number or the verification code printed on the "
					+ "certificate.");
		}
		if (typed.length() == VerificationCode.LENGTH) {
			return switch (VerificationCode.parse(typed)) {
				case ParseResult.WellFormed<VerificationCode> code -> new ParseResult.WellFormed<>(
						new ByCode(code.value()));
				case ParseResult.Malformed<VerificationCode> malformed -> new ParseResult.Malformed<>(
						malformed.reason());
			};
		}
		if (looksLikeNumber(typed)) {
			return switch (CertificateNumber.parse(typed)) {
				case ParseResult.WellFormed<CertificateNumber> number -> new ParseResult.WellFormed<>(
						new ByNumber(number.value()));
				case ParseResult.Malformed<CertificateNumber> malformed -> new ParseResult.Malformed<>(
						malformed.reason());
			};
		}
		StringBuilder problem = new StringBuilder();
		if (CodeReader.values(typed, "certificate number or verification code", problem) == null) {
			return new ParseResult.Malformed<>(problem.toString());
		}
		String characters = typed.length() == 1 ? " character" : " characters";
		return new ParseResult.Malformed<>("This has " + typed.length() + characters + ". A certificate number is "
				+ "HTMA, the year and ten characters (like " + CertificateNumber.EXAMPLE + "); a verification code has "
				+ VerificationCode.LENGTH + " characters in seven groups of four.");
	}

	/** Starts with HTMA, or is a year and ten symbols without it; a half-typed code is neither. */
	private static boolean looksLikeNumber(String typed) {
		if (typed.regionMatches(true, 0, CertificateNumber.PREFIX, 0, CertificateNumber.PREFIX.length())) {
			return true;
		}
		return typed.length() == CertificateNumber.CHECKED_SYMBOLS
				&& typed.substring(0, 4).chars().allMatch(c -> Crockford.value((char) c) >= 0
						&& Crockford.value((char) c) <= 9);
	}

}

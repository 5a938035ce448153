package org.htmacademy.certificate;

/** What the verification page and the JSON endpoint say when there is no certificate to show. */
public final class VerificationWording {

	private VerificationWording() {
	}

	public static String notFound(Verification.Typed typed) {
		String what = typed == Verification.Typed.CERTIFICATE_NUMBER ? "number" : "code";
		return "No certificate has this " + what + ". Check it against the certificate, character by character. If it "
				+ "matches, the certificate was not issued here.";
	}

	public static String throttled(long retryAfterSeconds) {
		long minutes = (retryAfterSeconds + 59) / 60;
		String wait = retryAfterSeconds < 60 ? plural(retryAfterSeconds, "second") : plural(minutes, "minute");
		return "Too many lookups from your network in a short time. Try again in " + wait + ".";
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + (count == 1 ? "" : "s");
	}

}

package org.htmacademy.transcript;

/** Who vouches for a CE entry: HTM Academy issued the certificate, or the learner entered it. */
public enum EntrySource {

	HTM_ACADEMY("HTM Academy"), SELF_REPORTED("Self-reported");

	private final String label;

	EntrySource(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}

package org.htmacademy.certificate;

/** A certificate is valid until it is revoked, or superseded by a re-issue (e.g. after a legal name change). */
public enum CertificateStatus {

	VALID, REVOKED, SUPERSEDED

}
